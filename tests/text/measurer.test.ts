// The committed metrics table must agree with the pinned font it was generated from.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontTableMeasurer, tableMeasurer } from '../../src/text/index.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as typeof import('fontkit');
const FONT = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf');

describe('table measurer', () => {
  for (const [weight, path] of [
    ['normal', FONT],
    ['bold', BOLD],
  ] as const) {
    it(`matches fontkit advances of Noto Sans TC (${weight})`, () => {
      const font = fontkit.openSync(path) as import('fontkit').Font;
      for (const text of ['Hello, world', '小芳的天然保養品購買旅程', 'ABCxyz 0123456789 !?', '「購買」、認知。', 'カタカナ ひらがな', 'Ünïcödé àçcents']) {
        const expected = ([...text].reduce((w, ch) => w + font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0) / font.unitsPerEm) * 16;
        expect(fontTableMeasurer.width(text, 16, weight), text).toBeCloseTo(expected, 6);
      }
    });
  }
  it('keeps CJK exact and widens Latin for the viewer’s fallback fonts', () => {
    expect(tableMeasurer.width('認知', 10)).toBeCloseTo(20, 6);
    expect(tableMeasurer.width('Hello', 10)).toBeGreaterThan(fontTableMeasurer.width('Hello', 10));
    expect(tableMeasurer.width('😀', 10)).toBeGreaterThanOrEqual(12);
  });
});
