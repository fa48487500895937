// What every band builder needs: the journey, its analysis, the theme, the labels and the measurer.
import type { Journey } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Labels } from '../i18n/labels.js';
import { labelLocale } from '../i18n/labels.js';
import type { Measurer } from '../text/measurer.js';
import type { Theme } from './theme.js';
import type { Columns } from './columns.js';
import type { Baseline } from '../compare/baseline.js';
import type { PersonaPhotos } from '../model/photo.js';

export interface LayoutContext {
  journey: Journey;
  analysis: Analysis;
  theme: Theme;
  labels: Labels;
  measurer: Measurer;
  cols: Columns;
  /** Touchpoint ids that are valleys, and the ones at the journey's lowest score. */
  valleyIds: Set<string>;
  lowestIds: Set<string>;
  /** The map this one is drawn against (`baseline:`), when it has one. */
  baseline?: Baseline;
  /** Persona photos by persona id, already read (compile reads them; layout never opens a file). */
  photos?: PersonaPhotos;
}

// formatScore lives in src/text so src/compare can use it without importing layout.
import { formatScore } from '../text/score.js';
export { formatScore };

/**
 * A score with its scale where a bare number could be read as a rank: "2/5" on a 1–5 scale
 * ("Valley 2" reads as "the second valley"); signed scales keep "−1", which no one reads as a rank.
 */
export const scoreOnScale = (score: number, scale: readonly [number, number], exact = false): string =>
  scale[0] >= 0 ? `${formatScore(score, scale, exact)}/${formatScore(scale[1], scale)}` : formatScore(score, scale, exact);

/** What counts as a valley, in the map's words: the legend's entry and the "no valleys" line. */
export function valleyWords(labels: Labels, analysis: Analysis, scale: readonly [number, number]): { legend: string; none: string } {
  const t = analysis.valleyThreshold;
  if (t === undefined) return { legend: labels.map.legendValley, none: labels.page.noValleys };
  const score = scoreOnScale(t, scale, true);
  return { legend: fill(labels.map.legendValleyAt, { score }), none: fill(labels.page.noValleysAt, { score }) };
}

/** Fills `{key}` placeholders; unknown keys stay as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/**
 * Quotation marks for thoughts and quotes: corner brackets in Japanese and Traditional Chinese,
 * curly double quotes in Simplified Chinese (GB/T 15834) and English.
 */
export const quotesFor = (locale: string): [string, string] => (['ja', 'zh-Hant'].includes(labelLocale(locale)) ? ['「', '」'] : ['“', '”']);

/** Pairs that already make a text a quotation, so it is not wrapped twice (「「…」」). */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['„', '“'],
];

/** `text` in the locale's quotation marks, unless the author already put it in quotation marks. */
export function quoted(text: string, locale: string): string {
  const trimmed = text.trim();
  if (QUOTE_PAIRS.some(([open, close]) => trimmed.length > 1 && trimmed.startsWith(open) && trimmed.endsWith(close))) return text;
  const [open, close] = quotesFor(locale);
  return `${open}${text}${close}`;
}

/** "Label: value", with the full-width colon Chinese and Japanese text uses. */
export const labelled = (locale: string, label: string, value: string): string => (/^(zh|ja)/i.test(locale) ? `${label}：${value}` : `${label}: ${value}`);
