import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableMeasurer, wrapText } from '../../src/text/index.js';

const wrap = (text: string, width: number) => wrapText(text, width, 12, 'normal', tableMeasurer).map((l) => l.text);
const CLOSING = '、。，！？：；）」』】》…';
const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);

describe('wrapText', () => {
  it('breaks Latin text between words', () => {
    const text = 'Compares plans side by side and checks whether SSO is included';
    const lines = wrap(text, 100);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    // Greedy: the next line's first word would not have fitted on the line before.
    for (let i = 1; i < lines.length; i++) {
      const first = lines[i]!.split(' ')[0]!;
      expect(tableMeasurer.width(`${lines[i - 1]} ${first}`, 12)).toBeGreaterThan(100);
    }
  });
  it('breaks Chinese between any two characters, never before closing punctuation', () => {
    const lines = wrap('滑手機時點進「無添加、天然萃取」的廣告，接著到官網比較成分與價格。', 12 * 7);
    expect(lines.join('')).toBe('滑手機時點進「無添加、天然萃取」的廣告，接著到官網比較成分與價格。');
    for (const l of lines) expect(CLOSING.includes(l[0]!)).toBe(false);
    for (const l of lines) expect(l.endsWith('「')).toBe(false);
  });
  it('breaks long URLs after a separator', () => {
    const lines = wrap('see https://example.com/some/very/long/path/to/a/page?with=query&and=more', 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1, -1).every((l) => /[/.?&=_-]$/.test(l))).toBe(true);
  });
  it('keeps emoji sequences and combining marks whole', () => {
    const text = '👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧e\u0301e\u0301e\u0301';
    const lines = wrap(text, 20);
    expect(lines.join('')).toBe(text);
    for (const l of lines) for (const g of graphemes(l)) expect(graphemes(text)).toContain(g);
  });
  it('keeps explicit line breaks and collapses runs of spaces', () => {
    expect(wrap('a  b\n\n\nc', 500)).toEqual(['a b', '', 'c']);
    expect(wrap('', 100)).toEqual([]);
  });
  it('never exceeds the width unless one grapheme is wider, and loses no text (property)', () => {
    const pieces = fc.constantFrom('認知', '購買', '。', '「', '」', 'LINE ', 'check-in ', 'word ', '😀', 'https://a.b/c/d?e=f', 'xxxxxxxxxxxxxxxxxxxx', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 30 }), fc.integer({ min: 12, max: 300 }), (parts, width) => {
        const text = parts.join('').replace(/[\n\r\v\f\u2028\u2029\t]/g, ' ');
        const lines = wrapText(text, width, 12, 'normal', tableMeasurer);
        for (const l of lines) {
          expect(l.width).toBeCloseTo(tableMeasurer.width(l.text, 12, 'normal'), 6);
          if (graphemes(l.text).length > 1) expect(l.width).toBeLessThanOrEqual(width + 1e-9);
        }
        expect(
          lines
            .map((l) => l.text)
            .join('')
            .replace(/ /g, ''),
        ).toBe(text.replace(/ /g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
