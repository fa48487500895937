// Text as glyph outlines. resvg shapes text itself, but its Node binding reads the font file again for
// every glyph it draws (a 7 MB Noto Sans CJK face: seconds per map), and it could pick another face or
// fallback than the one layout measured with. So the PNG back-end draws every text node with the faces
// the PDF embeds (fontkit), placed exactly as the PDF places its lines: each glyph used is one path in
// <defs>, in font units, and each occurrence a <use> with a transform. resvg then needs no font at all:
// no font lookup, no system font, the same pixels on any machine.
import type { Font, Glyph } from 'fontkit';
import type { TextNode } from '../../layout/scene.js';
import type { FontFaces } from '../pdf/fonts.js';
import { drawableText, faceFor } from '../pdf/glyphs.js';
import { el } from '../svg/xml.js';

/** Stroke width of synthetic bold (a user font has no bold face), per unit of font size: as the PDF. */
const FAKE_BOLD = 1 / 30;
/** Slant of italic text, as browsers draw a synthetic oblique (about 11°). */
const OBLIQUE = 0.2;

/** Transform numbers need more than the two decimals of scene geometry (a 12 px glyph is 0.012 per unit). */
const num = (n: number): string => {
  const r = Math.round(n * 100000) / 100000;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
};

export class GlyphOutlines {
  /** Glyph ids by face, in first-use order (deterministic <defs>). */
  private readonly used = new Map<Font, { index: number; glyphs: Map<number, { id: string; d: string }> }>();

  constructor(private readonly faces: FontFaces) {}

  /** The glyph's id in <defs>; '' for a glyph with no outline (a space). */
  private ref(face: Font, glyph: Glyph): string {
    let perFace = this.used.get(face);
    if (!perFace) this.used.set(face, (perFace = { index: this.used.size, glyphs: new Map() }));
    let entry = perFace.glyphs.get(glyph.id);
    if (!entry) {
      const d = glyph.path.toSVG();
      perFace.glyphs.set(glyph.id, (entry = { id: d ? `cjm-glyph-${perFace.index}-${glyph.id}` : '', d }));
    }
    return entry.id;
  }

  /** The text node as a group of glyph references; '' when nothing is visible. */
  text(n: TextNode): string {
    const face = faceFor(this.faces, n.weight);
    const size = n.fontSize / face.unitsPerEm;
    const slant = n.italic ? OBLIQUE * size : 0;
    const uses: string[] = [];
    for (const line of n.lines) {
      const text = drawableText(line.text, face);
      if (text.trim() === '') continue;
      // Placed as the PDF places its lines: from the advance in the font's own metrics when layout gave it.
      const width = line.advance ?? line.width;
      let x = n.anchor === 'start' ? line.x : n.anchor === 'middle' ? line.x - width / 2 : line.x - width;
      // Glyph by glyph from the character map, without OpenType shaping (fontkit's layout() costs ~2 ms a
      // line): Han, kana and Latin need none, and layout measured plain advances too.
      for (const glyph of face.glyphsForString(text)) {
        const id = this.ref(face, glyph);
        // Font units are y-up: flip, scale to the font size, slant for italic, move to the pen position.
        if (id) uses.push(`<use href="#${id}" transform="matrix(${num(size)} 0 ${num(slant)} ${num(-size)} ${num(x)} ${num(line.y)})"/>`);
        x += glyph.advanceWidth * size;
      }
    }
    if (uses.length === 0) return '';
    const fakeBold = n.weight === 'bold' && this.faces.syntheticBold;
    // The stroke is inside the glyph's transform, so its width is in font units.
    const stroke = fakeBold ? { stroke: n.fill, 'stroke-width': face.unitsPerEm * FAKE_BOLD, 'stroke-linejoin': 'round' } : {};
    return el('g', { class: n.role ? `cjm-${n.role}` : undefined, fill: n.fill, ...stroke }, uses.join(''));
  }

  /** One path per glyph used so far, in font units. */
  defs(): string {
    const paths: string[] = [];
    for (const perFace of this.used.values()) {
      for (const { id, d } of perFace.glyphs.values()) if (id) paths.push(el('path', { id, d }));
    }
    return paths.length === 0 ? '' : `<defs>${paths.join('')}</defs>`;
  }
}
