// Fixed sizes of the map, in px. One place, so the bands agree on the grid they share.
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
