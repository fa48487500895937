// The PNG back-end's own TrueType reader must draw what fontkit draws: the same glyph, advance and
// outline, command for command, for every character of every example and a sample of each built-in
// face's whole repertoire (Han, kana, Latin, punctuation).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { notoFile, readBuiltIn } from '../../../src/render/pdf/fonts.js';
import { trueTypeFace } from '../../../src/render/png/truetype.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const exampleText = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(EXAMPLES + f, 'utf8'))
  .join('');

/** Every 37th code point of the ranges a map's text comes from, so the sample crosses every cmap segment. */
function sample(): string {
  let out = '';
  for (const [from, to] of [
    [0x20, 0x2af],
    [0x2000, 0x206f],
    [0x3000, 0x30ff],
    [0x4e00, 0x9fff],
    [0xff00, 0xffef],
    [0x20000, 0x2a6df],
  ] as const) {
    for (let cp = from; cp <= to; cp += 37) out += String.fromCodePoint(cp);
  }
  return out;
}

describe('trueTypeFace', () => {
  for (const [script, weight] of [
    ['TC', 'normal'],
    ['TC', 'bold'],
    ['SC', 'normal'],
    ['JP', 'bold'],
  ] as const) {
    it(`reads Noto Sans ${script} ${weight} as fontkit does`, async () => {
      const data = await readBuiltIn(notoFile(script, weight));
      const ours = trueTypeFace(data);
      const theirs = fontkit.create(data) as fontkit.Font;
      expect(ours.unitsPerEm).toBe(theirs.unitsPerEm);
      const text = [...new Set(exampleText + sample())].join('');
      const a = ours.glyphsForString(text);
      const b = theirs.glyphsForString(text);
      expect(a.map((g) => g.id)).toEqual(b.map((g) => g.id));
      expect(a.map((g) => g.advanceWidth)).toEqual(b.map((g) => g.advanceWidth));
      for (let i = 0; i < a.length; i += 1) {
        expect(a[i]!.path.commands, `glyph ${a[i]!.id}`).toEqual(b[i]!.path.commands.map(({ command, args }) => ({ command, args })));
      }
      for (const ch of text) expect(ours.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(theirs.hasGlyphForCodePoint(ch.codePointAt(0)!));
      // A character no face has comes out as glyph 0 (.notdef), as with fontkit.
      expect(ours.glyphsForString('\u{10FFFD}')[0]!.id).toBe(0);
    });
  }

  it('refuses bytes that are not a TrueType font with outlines', () => {
    expect(() => trueTypeFace(Buffer.from('OTTO\0\0\0\0\0\0\0\0'))).toThrow(/not a TrueType font/);
  });
});
