// What every band builder needs: the journey, its analysis, the theme, the labels and the measurer.
import type { Journey } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Labels } from '../i18n/labels.js';
import type { Measurer } from '../text/measurer.js';
import type { Theme } from './theme.js';
import type { Columns } from './columns.js';
import type { Baseline } from '../compare/baseline.js';

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
}

// formatScore lives in src/text so src/compare can use it without importing layout.
export { formatScore } from '../text/score.js';

/** Fills `{key}` placeholders; unknown keys stay as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

/**
 * Quotation marks for thoughts and quotes: corner brackets in Japanese and Traditional Chinese,
 * curly double quotes in Simplified Chinese (GB/T 15834) and English.
 */
export const quotesFor = (locale: string): [string, string] => (/^(ja|zh-(hant|tw|hk|mo))\b/i.test(locale) ? ['「', '」'] : ['“', '”']);

/** Pairs that already make a text a quotation, so it is not wrapped twice (「「…」」). */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['「', '」'], ['『', '』'], ['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“']];

/** `text` in the locale's quotation marks, unless the author already put it in quotation marks. */
export function quoted(text: string, locale: string): string {
  const trimmed = text.trim();
  if (QUOTE_PAIRS.some(([open, close]) => trimmed.length > 1 && trimmed.startsWith(open) && trimmed.endsWith(close))) return text;
  const [open, close] = quotesFor(locale);
  return `${open}${text}${close}`;
}

/** "Label: value", with the full-width colon Chinese and Japanese text uses. */
export const labelled = (locale: string, label: string, value: string): string =>
  /^(zh|ja)/i.test(locale) ? `${label}：${value}` : `${label}: ${value}`;
