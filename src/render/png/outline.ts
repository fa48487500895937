// Text as glyph outlines. resvg shapes text itself, but its Node binding reads the font file again for
// every glyph it draws (a 7 MB Noto Sans CJK face: seconds per map), and it could pick another face or
// fallback than the one layout measured with. So the PNG back-end draws every text node with the faces
// the PDF embeds (fontkit), placed exactly as the PDF places its lines, as one path per text node.
// resvg then needs no font at all: no font lookup, no system font, the same pixels on any machine.
// Each glyph's outline is written once per face, size and slant in relative path commands, so placing
// it again is one absolute move plus a cached string (one path per text node rasterises ~2x faster
// than one <use> per glyph).
import type { TextNode } from '../../layout/scene.js';
import type { FontFaces } from '../pdf/fonts.js';
import { drawableText, faceFor } from '../pdf/glyphs.js';
import { el } from '../svg/xml.js';
import type { OutlineFace, OutlineGlyph } from './truetype.js';

/** Stroke width of synthetic bold (a user font has no bold face), per unit of font size: as the PDF. */
const FAKE_BOLD = 1 / 30;
/** Slant of italic text, as browsers draw a synthetic oblique (about 11°). */
const OBLIQUE = 0.2;

/** Glyph coordinates to 1/1000 px: finer than any scale cjm draws at, and short. */
const round = (n: number): number => Math.round(n * 1000) / 1000;
const num = (n: number): string => (Object.is(n, -0) || n === 0 ? '0' : String(n));
/** An integer count of 1/1000 px as a decimal, as `num(k / 1000)` writes it, without float formatting (the hot loop). */
function milli(k: number): string {
  if (k === 0) return '0';
  const a = k < 0 ? -k : k;
  const whole = Math.floor(a / 1000);
  let frac = a - whole * 1000;
  if (frac === 0) return k < 0 ? `-${whole}` : String(whole);
  // Three digits, trailing zeros dropped.
  let width = 3;
  while (frac % 10 === 0) {
    frac /= 10;
    width -= 1;
  }
  const f = String(frac).padStart(width, '0');
  return `${k < 0 ? '-' : ''}${whole}.${f}`;
}

/** A glyph at one size and slant: where its outline starts, and the rest as relative commands. */
interface Placed {
  startX: number;
  startY: number;
  rest: string;
}

/** Relative path commands of the glyph, from its first point, in px (y down) for `size` px per font unit. */
function placeGlyph(glyph: OutlineGlyph, size: number, slant: number): Placed | undefined {
  // Absolute coordinates rounded to whole 1/1000 px, so the relative steps between them add up exactly (no drift).
  const at = (x: number, y: number): [number, number] => [Math.round((x + y * slant) * size * 1000), Math.round(-y * size * 1000)];
  let start: [number, number] | undefined;
  let current: [number, number] = [0, 0];
  let subpath: [number, number] = [0, 0];
  const out: string[] = [];
  const rel = (p: [number, number]): string => `${milli(p[0] - current[0])} ${milli(p[1] - current[1])}`;
  for (const { command, args } of glyph.path.commands) {
    const a = args as number[];
    if (command === 'closePath') {
      out.push('z');
      current = subpath;
      continue;
    }
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < a.length; i += 2) points.push(at(a[i]!, a[i + 1]!));
    const end = points[points.length - 1]!;
    if (command === 'moveTo') {
      if (!start) start = end;
      else out.push(`m${rel(end)}`);
      subpath = end;
    } else {
      const op = command === 'lineTo' ? 'l' : command === 'quadraticCurveTo' ? 'q' : 'c';
      out.push(op + points.map(rel).join(' '));
    }
    current = end;
  }
  return start ? { startX: start[0] / 1000, startY: start[1] / 1000, rest: out.join('') } : undefined;
}

export class GlyphOutlines {
  private readonly cache = new Map<string, Placed | undefined>();
  private readonly faceIndex = new Map<OutlineFace, number>();

  constructor(private readonly faces: FontFaces<OutlineFace>) {}

  private placed(face: OutlineFace, glyph: OutlineGlyph, size: number, slant: number): Placed | undefined {
    let index = this.faceIndex.get(face);
    if (index === undefined) this.faceIndex.set(face, (index = this.faceIndex.size));
    const key = `${index} ${glyph.id} ${size} ${slant}`;
    if (!this.cache.has(key)) this.cache.set(key, placeGlyph(glyph, size, slant));
    return this.cache.get(key);
  }

  /** The text node as one filled path of all its glyphs; '' when nothing is visible. */
  text(n: TextNode): string {
    const face = faceFor(this.faces, n.weight);
    const size = n.fontSize / face.unitsPerEm;
    const slant = n.italic ? OBLIQUE : 0;
    const d: string[] = [];
    for (const line of n.lines) {
      const text = drawableText(line.text, face);
      if (text.trim() === '') continue;
      // Placed as the PDF places its lines: from the advance in the font's own metrics when layout gave it.
      const width = line.advance ?? line.width;
      let x = n.anchor === 'start' ? line.x : n.anchor === 'middle' ? line.x - width / 2 : line.x - width;
      // Glyph by glyph from the character map, without OpenType shaping (fontkit's layout() costs ~2 ms a
      // line): Han, kana and Latin need none, and layout measured plain advances too.
      for (const glyph of face.glyphsForString(text)) {
        const p = this.placed(face, glyph, size, slant);
        if (p) d.push(`M${num(round(x + p.startX))} ${num(round(line.y + p.startY))}${p.rest}`);
        x += glyph.advanceWidth * size;
      }
    }
    if (d.length === 0) return '';
    const fakeBold = n.weight === 'bold' && this.faces.syntheticBold;
    const stroke = fakeBold ? { stroke: n.fill, 'stroke-width': n.fontSize * FAKE_BOLD, 'stroke-linejoin': 'round' } : {};
    return el('path', { class: n.role ? `cjm-${n.role}` : undefined, fill: n.fill, ...stroke, d: d.join('') });
  }
}
