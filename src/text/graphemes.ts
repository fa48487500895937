// User-perceived characters (grapheme clusters). Creating the first Intl.Segmenter loads ICU's break
// data, ~7 ms of a ~100 ms CLI run, so it is made on first use: most text (plain CJK and Latin)
// never needs one. The cached segmenter is stateless, so sharing it is safe.
let segmenter: Intl.Segmenter | undefined;

const grapheme = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' }));

/** Only strings with these need real segmentation; others split per UTF-16 unit. */
export const NEEDS_SEGMENTER = /[\p{M}\u200D\uFE0F\u20E3\u1100-\u11FF\u{10000}-\u{10FFFF}\uD800-\uDFFF]/u;

export function graphemes(text: string): string[] {
  if (!NEEDS_SEGMENTER.test(text)) return text.split('');
  const out: string[] = [];
  for (const { segment } of grapheme().segment(text)) out.push(segment);
  return out;
}

/** The first grapheme of `text`, or '' for an empty string. */
export function firstGrapheme(text: string): string {
  if (!NEEDS_SEGMENTER.test(text.slice(0, 8))) return text.slice(0, 1);
  for (const { segment } of grapheme().segment(text)) return segment;
  return '';
}
