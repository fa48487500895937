// Font loading: the built-in Noto Sans TC per weight, a user's file, and unreadable files.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFaces, pickFromCollection } from '../../../src/render/pdf/fonts.js';
import { tempDir } from '../../helpers/temp.js';

const require = createRequire(import.meta.url);
const NOTO_REGULAR = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');

describe('loadFaces', () => {
  it('reads only the weights the scene uses', async () => {
    const normal = await loadFaces(new Set(['normal']), 'zh-Hant');
    expect(normal.ok && normal.faces.normal?.postscriptName).toBe('NotoSansTC-Regular');
    expect(normal.ok && normal.faces.bold).toBeUndefined();
    const both = await loadFaces(new Set(['normal', 'bold']), 'zh-Hant');
    expect(both.ok && both.faces.bold?.postscriptName).toBe('NotoSansTC-Bold');
    expect(both.ok && both.faces.syntheticBold).toBe(false);
  });

  it('draws everything with a user font, bold emboldened', async () => {
    const loaded = await loadFaces(new Set(['normal', 'bold']), 'en', NOTO_REGULAR);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.faces.normal).toBe(loaded.faces.bold);
    expect(loaded.faces.syntheticBold).toBe(true);
    expect(loaded.faces.label).toContain(NOTO_REGULAR);
  });

  it('reports a missing file or a file that is not a font, without throwing', async () => {
    const dir = tempDir('cjm-font-');
    const notFont = join(dir, 'brand.ttf');
    writeFileSync(notFont, 'this is not a font');
    const missing = await loadFaces(new Set(['normal']), 'en', join(dir, 'nope.ttf'));
    expect(missing).toEqual({ ok: false, message: `cannot use font "${join(dir, 'nope.ttf')}": no such file` });
    const bad = await loadFaces(new Set(['normal']), 'en', notFont);
    expect(bad).toEqual({ ok: false, message: `cannot use font "${notFont}": not a font file (cjm reads TTF, OTF and TTC)` });
    const folder = await loadFaces(new Set(['normal']), 'en', dir);
    expect(folder.ok).toBe(false);
  });
});

describe('pickFromCollection', () => {
  const face = (familyName: string) => ({ familyName }) as Font;
  const cjk = ['Noto Sans CJK JP', 'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK HK', 'Noto Sans Mono CJK TC'].map(face);

  it("takes the face made for the map's language", () => {
    expect(pickFromCollection(cjk, 'zh-Hant')?.familyName).toBe('Noto Sans CJK TC');
    expect(pickFromCollection(cjk, 'zh-TW')?.familyName).toBe('Noto Sans CJK TC');
    expect(pickFromCollection(cjk, 'zh-HK')?.familyName).toBe('Noto Sans CJK HK');
    expect(pickFromCollection(cjk, 'zh-Hans')?.familyName).toBe('Noto Sans CJK SC');
    expect(pickFromCollection(cjk, 'ko')?.familyName).toBe('Noto Sans CJK KR');
  });

  it('falls back to the first face', () => {
    expect(pickFromCollection(cjk, 'en')?.familyName).toBe('Noto Sans CJK JP');
    expect(pickFromCollection([face('Brand Sans'), face('Brand Sans Condensed')], 'zh-Hant')?.familyName).toBe('Brand Sans');
  });
});
