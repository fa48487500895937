// Clamping wrapped text to a few lines: the last kept line ends in an ellipsis (shortened, grapheme by
// grapheme, until line and ellipsis fit), so a long description cannot stretch a card down the map.
import type { FontWeight, Measurer } from './measurer.js';
import type { WrappedLine } from './wrap.js';
import { graphemes } from './graphemes.js';

export const ELLIPSIS = '…';

/** At most `maxLines` lines; when lines were dropped, the last one kept ends with `…`. */
export function clampLines(
  lines: readonly WrappedLine[],
  maxLines: number,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight,
  measurer: Measurer,
): WrappedLine[] {
  if (lines.length <= maxLines || maxLines < 1) return lines.slice();
  const kept = lines.slice(0, maxLines);
  const g = graphemes(kept[maxLines - 1]!.text);
  let text = '';
  let width = 0;
  for (let n = g.length; n >= 0; n -= 1) {
    text = g.slice(0, n).join('').replace(/\s+$/, '') + ELLIPSIS;
    width = measurer.width(text, fontSize, weight);
    if (width <= maxWidth) break;
  }
  kept[maxLines - 1] = { text, width };
  return kept;
}
