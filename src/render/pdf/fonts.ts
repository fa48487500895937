// The faces a PDF draws its text with. By default Noto Sans (SIL OFL 1.1, vendored in assets/fonts/ by
// scripts/vendor-fonts.mjs, brotli-compressed to halve the install; decompressed here to the exact TTF) in
// the map's script: TC for Traditional Chinese and most maps (the font the layout's metrics table was
// generated from; SC and JP share its advances), SC for Simplified Chinese, JP for Japanese, whose
// character forms TC lacks. Each weight's file is read only when the scene uses that weight.
// A user font (--font or the spec's `font`) replaces both weights; bold is then drawn emboldened.
import { constants } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import type { Font, FontCollection } from 'fontkit';
import type { TextNode } from '../../layout/scene.js';
import { loadPdfEngine } from './engine.js';

/** The weights text is drawn in (scene text, not the measurer: render/pdf imports nothing from src/text). */
type FontWeight = TextNode['weight'];

export interface FontFaces<F = Font> {
  /** Face per weight the scene uses (a weight the scene never uses may be absent). */
  normal?: F;
  bold?: F;
  /** True when bold text has no face of its own and is drawn with a stroke to look bold. */
  syntheticBold: boolean;
  /** How messages name the font: a family name, and the file when the user brought it. */
  label: string;
}

export type FontLoad<F = Font> = { ok: true; faces: FontFaces<F> } | { ok: false; message: string };

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

/** The TTF of a built-in face, decompressed (brotli runs on libuv's thread pool, so two faces decompress side by side). */
export async function readBuiltIn(file: string): Promise<Buffer> {
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

/**
 * The largest font file cjm reads. The bundled Noto Sans files are 2-7 MB; Debian's Noto Sans CJK
 * collections ~20 MB and Noto Serif CJK ~27 MB. Anything larger is refused unread.
 */
export const FONT_SIZE_LIMIT = 64 * 1024 * 1024;

class NotAFont extends Error {}

/** At most FONT_SIZE_LIMIT bytes of a regular file; a pipe or a device (/dev/zero) is never read. */
async function readFontFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new NotAFont('not a regular file');
    if (info.size > FONT_SIZE_LIMIT) throw new NotAFont(`larger than ${FONT_SIZE_LIMIT / 1024 / 1024} MB`);
    const buffer = Buffer.alloc(info.size);
    let got = 0;
    while (got < buffer.length) {
      const { bytesRead } = await handle.read(buffer, got, buffer.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buffer.subarray(0, got);
  } finally {
    await handle.close();
  }
}

async function openFont(path: string, lang: string): Promise<Font> {
  return faceOf(await readFontFile(path), lang);
}

async function faceOf(data: Buffer, lang: string): Promise<Font> {
  const { fontkit } = await loadPdfEngine();
  let face: Font | undefined;
  try {
    const font = fontkit.create(data);
    face = isCollection(font) ? pickFromCollection(font.fonts, lang) : font;
    // fontkit parses tables lazily: touch the ones drawing needs now, so a file with a font's header
    // and garbage after it fails here, with a message, rather than halfway through the PDF.
    if (face && typeof face.layout === 'function') {
      face.hasGlyphForCodePoint(0x41);
      void face.unitsPerEm;
      void face.layout('A').glyphs.map((g) => g.path);
    }
  } catch {
    // fontkit throws TypeErrors ("reading 'typeList'") on bytes that only look like a font.
    throw new NotAFont('not a font file (cjm reads TTF, OTF and TTC)');
  }
  // fontkit returns objects for formats it only half knows; a face must at least lay out text.
  if (!face || typeof face.layout !== 'function' || typeof face.hasGlyphForCodePoint !== 'function') {
    throw new NotAFont('not a font file (cjm reads TTF, OTF and TTC)');
  }
  return face;
}

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'it is a folder';
  if (err?.code === 'EACCES') return 'permission denied';
  if (e instanceof NotAFont) return e.message;
  // Anything else (an odd errno) is named by its code, never by text that could quote the file.
  return err?.code ?? 'not a font file (cjm reads TTF, OTF and TTC)';
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
  return loadBuiltIn(weights, lang, (data) => faceOf(data, lang));
}

/**
 * The built-in faces for `weights`, each read with `open`: both files decompress at once, while the
 * caller's engine loads. Never throws; only a broken install fails, the fonts ship in the package.
 */
export async function loadBuiltIn<F>(weights: ReadonlySet<FontWeight>, lang: string, open: (data: Buffer) => F | Promise<F>): Promise<FontLoad<F>> {
  const script = notoScript(lang);
  const used = (['normal', 'bold'] as const).filter((w) => weights.has(w));
  const read = used.map((w) => readBuiltIn(notoFile(script, w)).then(open));
  const faces: FontFaces<F> = { syntheticBold: false, label: `"Noto Sans ${script}"` };
  const settled = await Promise.allSettled(read);
  for (const [i, weight] of used.entries()) {
    const r = settled[i]!;
    if (r.status === 'rejected')
      return { ok: false, message: `cannot read the built-in font ${notoFile(script, weight)}: ${reason(r.reason)} (reinstall cjm)` };
    faces[weight] = r.value;
  }
  return { ok: true, faces };
}
