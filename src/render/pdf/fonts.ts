// The faces a PDF draws its text with. By default Noto Sans TC from @expo-google-fonts/noto-sans-tc
// (SIL OFL 1.1), the same font the layout's metrics table was generated from, so PDF text lands where
// the layout measured it; each weight's 7 MB file is read only when the scene uses that weight.
// A user font (--font or the spec's `font`) replaces both weights; bold is then drawn emboldened.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font, FontCollection } from 'fontkit';
import type { FontWeight } from '../../text/measurer.js';

export interface FontFaces {
  /** Face per weight the scene uses (a weight the scene never uses may be absent). */
  normal?: Font;
  bold?: Font;
  /** True when bold text has no face of its own and is drawn with a stroke to look bold. */
  syntheticBold: boolean;
  /** How messages name the font: a family name, and the file when the user brought it. */
  label: string;
}

export type FontLoad = { ok: true; faces: FontFaces } | { ok: false; message: string };

const NOTO_FILES: Record<FontWeight, string> = {
  normal: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
};

/** Family tags that TrueType collections (Noto Sans CJK, Source Han Sans) use per language. */
const COLLECTION_TAGS: [RegExp, string[]][] = [
  [/^zh-(hk|mo)\b/i, ['HK', 'TC']],
  [/^zh-(hant|tw)\b/i, ['TC', 'HK']],
  [/^zh\b/i, ['SC']],
  [/^ja\b/i, ['JP']],
  [/^ko\b/i, ['KR', 'K']],
];

const isCollection = (f: Font | FontCollection): f is FontCollection => Array.isArray((f as FontCollection).fonts);

/** The face of a collection that suits the map's language; otherwise the collection's first face. */
export function pickFromCollection(fonts: readonly Font[], lang: string): Font | undefined {
  const tags = COLLECTION_TAGS.find(([re]) => re.test(lang))?.[1] ?? [];
  for (const tag of tags) {
    const match = fonts.find((f) => (f.familyName ?? '').split(/\s+/).includes(tag) && !/mono/i.test(f.familyName ?? ''));
    if (match) return match;
  }
  return fonts[0];
}

async function openFont(path: string, lang: string): Promise<Font> {
  const { create } = await import('fontkit');
  // A pipe or a device (/dev/zero, /dev/stdin) would be read forever: only regular files are fonts.
  const info = await stat(path);
  if (!info.isFile() && !info.isDirectory()) throw new Error('not a regular file');
  const data = await readFile(path);
  const font = create(data);
  const face = isCollection(font) ? pickFromCollection(font.fonts, lang) : font;
  // fontkit returns objects for formats it only half knows; a face must at least lay out text.
  if (!face || typeof face.layout !== 'function' || typeof face.hasGlyphForCodePoint !== 'function') {
    throw new Error('not a TrueType or OpenType font');
  }
  return face;
}

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'it is a folder';
  if (err?.code === 'EACCES') return 'permission denied';
  const text = err instanceof Error ? err.message : String(e);
  return /unknown font format|not a truetype/i.test(text) ? 'not a TTF, OTF or TTC font' : text;
};

/** Loads the faces for the weights in `weights`; never throws, a bad file comes back as a message. */
export async function loadFaces(weights: ReadonlySet<FontWeight>, lang: string, fontPath?: string): Promise<FontLoad> {
  if (fontPath !== undefined) {
    try {
      const face = await openFont(fontPath, lang);
      return { ok: true, faces: { normal: face, bold: face, syntheticBold: true, label: `"${face.familyName}" (${fontPath})` } };
    } catch (e) {
      return { ok: false, message: `cannot use font "${fontPath}": ${reason(e)}` };
    }
  }
  const require = createRequire(import.meta.url);
  const faces: FontFaces = { syntheticBold: false, label: '"Noto Sans TC"' };
  for (const weight of ['normal', 'bold'] as const) {
    if (!weights.has(weight)) continue;
    try {
      faces[weight] = await openFont(require.resolve(NOTO_FILES[weight]), lang);
    } catch (e) {
      // Only a broken install gets here: the font package is a dependency.
      return { ok: false, message: `cannot read the built-in font ${NOTO_FILES[weight]}: ${reason(e)} (reinstall cjm)` };
    }
  }
  return { ok: true, faces };
}
