// Fixed sizes of the map, in px. One place, so the bands agree on the grid they share.
import { labelLocale } from '../i18n/labels.js';
import type { LabelLocale } from '../i18n/labels.js';
export const MARGIN = 40;
/** Width of the lane-label column on the left. */
export const LABEL_W = 136;
export const COL_W = 184;
export const COL_GAP = 10;
/** Extra space between two stages, so stage boundaries read at a glance. */
export const STAGE_GAP = 8;
export const CELL_PAD = 10;
export const CARD_GAP = 6;
export const LANE_PAD = 10;
export const BAND_GAP = 24;
export const LINE_HEIGHT = 1.45;

export const FONT = {
  title: 26,
  heading: 15,
  name: 18,
  cardTitle: 13,
  body: 12,
  small: 11,
  tiny: 10,
} as const;

export const FONT_FAMILY =
  '"Noto Sans TC", "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei", system-ui, -apple-system, "Segoe UI", sans-serif';

// Han characters are drawn in different forms in Japan, mainland China and Taiwan (検/檢, 说/說), and a
// browser takes the first family that has a character: a Japanese or Simplified Chinese map must
// name its own region's fonts first. All of them are the same Source Han design (or match it in
// width), so the layout's Noto Sans TC measurements still hold.
const REGIONAL_FONTS: [LabelLocale, string][] = [
  ['ja', '"Noto Sans JP", "Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", '],
  ['zh-Hans', '"Noto Sans SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '],
];

/** The CSS font stack for a map in `locale`: the region's CJK fonts first, then the default stack. */
export const fontFamilyFor = (locale: string): string => (REGIONAL_FONTS.find(([l]) => l === labelLocale(locale))?.[1] ?? '') + FONT_FAMILY;
