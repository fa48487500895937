// The faces a PDF draws its text with. By default Noto Sans (SIL OFL 1.1, vendored in assets/fonts/ by
// scripts/vendor-fonts.mjs, brotli-compressed to halve the install; decompressed here to the exact TTF) in
// the map's script: TC for Traditional Chinese and most maps (the font the layout's metrics table was
// generated from; SC and JP share its advances), SC for Simplified Chinese, JP for Japanese, whose
// character forms TC lacks. Each weight's file is read only when the scene uses that weight.
// A user font (--font or the spec's `font`) replaces both weights; bold is then drawn emboldened.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import type { Font, FontCollection } from 'fontkit';
import type { TextNode } from '../../layout/scene.js';
import { loadPdfEngine } from './engine.js';

/** The weights text is drawn in (scene text, not the measurer: render/pdf imports nothing from src/text). */
type FontWeight = TextNode['weight'];

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

type NotoScript = 'TC' | 'SC' | 'JP';

/** The built-in family for a map's language tag. */
export function notoScript(lang: string): NotoScript {
  if (/^ja\b/i.test(lang)) return 'JP';
  if (/^zh(-(hans|cn|sg|my)\b|$)/i.test(lang)) return 'SC';
  return 'TC';
}

/** The vendored file of a built-in face, relative to the package root. */
export const notoFile = (script: NotoScript, weight: FontWeight): string => `assets/fonts/NotoSans${script}-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf.br`;

// This module is dist/ in the CLI bundles, or src/render/pdf/ (dist/render/pdf/ compiled): the package
// root is the nearest of these that holds the file (the folders in between never hold an assets/ folder).
const PACKAGE_ROOTS = ['../', '../../../'];

async function readBuiltIn(file: string): Promise<Buffer> {
  let lastError: unknown;
  for (const up of PACKAGE_ROOTS) {
    try {
      return await promisify(brotliDecompress)(await readFile(fileURLToPath(new URL(up + file, import.meta.url))));
    } catch (e) {
      lastError = e;
      if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') break;
    }
  }
  throw lastError;
}

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
  // A pipe or a device (/dev/zero, /dev/stdin) would be read forever: only regular files are fonts.
  const info = await stat(path);
  if (!info.isFile() && !info.isDirectory()) throw new Error('not a regular file');
  return faceOf(await readFile(path), lang);
}

async function faceOf(data: Buffer, lang: string): Promise<Font> {
  const { fontkit } = await loadPdfEngine();
  const font = fontkit.create(data);
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
  const script = notoScript(lang);
  const faces: FontFaces = { syntheticBold: false, label: `"Noto Sans ${script}"` };
  for (const weight of ['normal', 'bold'] as const) {
    if (!weights.has(weight)) continue;
    const file = notoFile(script, weight);
    try {
      faces[weight] = await faceOf(await readBuiltIn(file), lang);
    } catch (e) {
      // Only a broken install gets here: the fonts ship in the package.
      return { ok: false, message: `cannot read the built-in font ${file}: ${reason(e)} (reinstall cjm)` };
    }
  }
  return { ok: true, faces };
}
