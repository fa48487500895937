// What the PDF draws of a line of text, and which characters the font cannot draw. A character the
// font lacks would come out as an empty box; it is still drawn (so the text stays whole when copied),
// but never silently: the renderer turns the list into one warning naming every such character.
import type { Scene, SceneNode, TextNode } from '../../layout/scene.js';
import type { FontFaces } from './fonts.js';

type FontWeight = TextNode['weight'];
/** What these functions read of a face: its character map (fontkit's Font, or the PNG back-end's TrueType reader). */
interface CmapFace {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Controls have no visible form (a tab is a space); lone surrogates are not text at all. */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Joiners and variation selectors steer shaping, so they stay when the font knows them. */
const SHAPING = /^[\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const MAX_LISTED = 24;

/**
 * The text as drawn: tabs become spaces, controls go, and invisible format characters (bidi
 * controls, soft hyphens, zero-width spaces …) are dropped as a browser would, unless they are
 * joiners or variation selectors the font itself handles.
 */
export function drawableText(text: string, face: CmapFace): string {
  return text
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(IGNORABLE, (c) => (SHAPING.test(c) && face.hasGlyphForCodePoint(c.codePointAt(0)!) ? c : ''));
}

/** Every text node of the scene, in drawing order. */
export function textNodes(nodes: readonly SceneNode[], out: TextNode[] = []): TextNode[] {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n);
    else if (n.kind === 'group') textNodes(n.children, out);
  }
  return out;
}

/** The weights the scene's text uses, so only those font files are read. */
export function weightsUsed(scene: Scene): Set<FontWeight> {
  return new Set(textNodes(scene.nodes).map((n) => n.weight));
}

export const faceFor = <F>(faces: FontFaces<F>, weight: FontWeight): F => {
  const face = faces[weight] ?? faces.normal ?? faces.bold;
  if (!face) throw new Error('renderPdf: no font face loaded for the scene text');
  return face;
};

/** Characters of the scene's text that the faces have no glyph for, each once, in reading order. */
export function missingCharacters<F extends CmapFace>(scene: Scene, faces: FontFaces<F>): string[] {
  const missing = new Set<string>();
  // fontkit's cmap lookup is slow (~2 µs); a map has only a few hundred distinct characters.
  const checked = new Map<F, Set<string>>();
  for (const node of textNodes(scene.nodes)) {
    const face = faceFor(faces, node.weight);
    const seen = checked.get(face) ?? new Set<string>();
    checked.set(face, seen);
    for (const line of node.lines) {
      for (const ch of drawableText(line.text, face)) {
        if (seen.has(ch)) continue;
        seen.add(ch);
        if (ch !== ' ' && !SHAPING.test(ch) && !face.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch);
      }
    }
  }
  return [...missing];
}

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One warning for all missing characters, or none. */
export function missingGlyphWarning(chars: readonly string[], fontLabel: string, output = 'PDF'): string | undefined {
  if (chars.length === 0) return undefined;
  const listed = chars
    .slice(0, MAX_LISTED)
    .map((ch) => `"${ch}" ${codePoint(ch)}`)
    .join(', ');
  const more = chars.length > MAX_LISTED ? ` and ${chars.length - MAX_LISTED} more` : '';
  const noun = chars.length === 1 ? 'character' : `${chars.length} characters`;
  return `font ${fontLabel} has no glyph for ${noun}: ${listed}${more}; the ${output} shows ${chars.length === 1 ? 'it' : 'them'} as empty boxes. Pass --font (or set \`font\` in the spec) to a font that has ${chars.length === 1 ? 'it' : 'them'}`;
}
