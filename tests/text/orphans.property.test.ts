// No orphans: a wrapped CJK paragraph of two or more lines never ends with a one-character line,
// for any CJK text (Han, kana, Hangul, with punctuation where it is written) and any width that holds
// its longest unbreakable unit (「單」) and one character more. Kinsoku still holds after the balancing, and no line grows past the width.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableMeasurer, wrapText } from '../../src/text/index.js';

const SIZE = 12;
const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);
const CLOSING = '、。，！？）」』】》…';

const char = fc.constantFrom(...'單兒小芳的天然保養品網購旅程現況週痛在哪裡圖例あいうえおカタカナ한국어정보');
/** A word: characters, sometimes quoted, sometimes followed by one punctuation mark. */
const token = fc
  .tuple(fc.array(char, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '', '', '，', '。', '、', 'quote'))
  .map(([cs, p]) => (p === 'quote' ? `「${cs.join('')}」` : cs.join('') + p));
const cjkText = fc.array(token, { minLength: 1, maxLength: 20 }).map((ts) => ts.join(''));

describe('no orphans in wrapped CJK', () => {
  it('the last of two or more lines holds at least two characters', () => {
    fc.assert(
      fc.property(cjkText, fc.integer({ min: 4 * SIZE + 1, max: 20 * SIZE }), (text, width) => {
        const lines = wrapText(text, width, SIZE, 'normal', tableMeasurer);
        expect(lines.map((l) => l.text).join('')).toBe(text);
        for (const l of lines) expect(l.width).toBeLessThanOrEqual(width);
        for (const l of lines.slice(1)) expect(CLOSING.includes(l.text[0]!)).toBe(false);
        for (const l of lines) expect(l.text.endsWith('「')).toBe(false);
        if (lines.length >= 2) expect(graphemes(lines[lines.length - 1]!.text).length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it("moves the orphan's neighbour down: 單 and 兒 no longer stand alone", () => {
    const lines = wrapText('我們一起去買東西吧單', SIZE * 9 + 1, SIZE, 'normal', tableMeasurer).map((l) => l.text);
    expect(lines).toEqual(['我們一起去買東西', '吧單']);
  });
});
