// What the PDF draws of a line, and the warning for characters the font lacks.
import { describe, expect, it } from 'vitest';
import { loadFaces, type FontFaces } from '../../../src/render/pdf/fonts.js';
import { drawableText, missingCharacters, missingGlyphWarning } from '../../../src/render/pdf/glyphs.js';
import { label, textScene } from './fixtures.js';

async function noto(): Promise<FontFaces> {
  const loaded = await loadFaces(new Set(['normal', 'bold']), 'zh-Hant');
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.faces;
}

describe('drawableText', () => {
  it('drops invisible format characters and controls, turns tabs into spaces', async () => {
    const face = (await noto()).normal!;
    expect(drawableText('a\u202Eb\u2066c\u200Bd\u00ADe', face)).toBe('abcde');
    expect(drawableText('a\tb\u0007c\u0000', face)).toBe('a bc');
    expect(drawableText('lone \uD800 surrogate', face)).toBe('lone  surrogate');
    expect(drawableText('小芳的旅程 IG', face)).toBe('小芳的旅程 IG');
  });
});

describe('missing glyphs', () => {
  it('finds nothing missing in Chinese and Latin text', async () => {
    const scene = textScene([label('看到 IG 廣告「天然」—2,000 元 ✓', 10, 20), label('Bold café', 10, 40, { weight: 'bold' })]);
    expect(missingCharacters(scene, await noto())).toEqual([]);
  });

  it('lists each missing character once, in reading order', async () => {
    const scene = textScene([label('開箱 😀 مرحبا 😀', 10, 20), label('ok 🙂', 10, 40, { weight: 'bold' })]);
    expect(missingCharacters(scene, await noto())).toEqual(['😀', 'م', 'ر', 'ح', 'ب', 'ا', '🙂']);
  });

  it('names the characters and code points in one warning', () => {
    const warning = missingGlyphWarning(['😀', 'م'], '"Noto Sans TC"');
    expect(warning).toContain('font "Noto Sans TC" has no glyph for 2 characters: "😀" U+1F600, "م" U+0645');
    expect(warning).toContain('--font');
    expect(missingGlyphWarning([], '"Noto Sans TC"')).toBeUndefined();
  });

  it('keeps a long list short', () => {
    const chars = Array.from({ length: 40 }, (_, i) => String.fromCodePoint(0x0600 + i));
    expect(missingGlyphWarning(chars, 'x')).toContain('and 16 more');
  });
});
