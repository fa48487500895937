// The faces the PNG back-end draws text with: the built-in Noto Sans files read by the small TrueType
// reader (truetype.ts), no fontkit needed; a user font (--font, the spec's `font`), which may be OTF or a
// collection, through fontkit as the PDF reads it.
import type { TextNode } from '../../layout/scene.js';
import { type FontLoad, loadBuiltIn, loadFaces } from '../pdf/fonts.js';
import { type OutlineFace, trueTypeFace } from './truetype.js';

export function loadOutlineFaces(weights: ReadonlySet<TextNode['weight']>, lang: string, fontPath?: string): Promise<FontLoad<OutlineFace>> {
  if (fontPath !== undefined) return loadFaces(weights, lang, fontPath);
  return loadBuiltIn(weights, lang, trueTypeFace);
}
