// Text as glyph outlines. resvg shapes text itself, but its Node binding reads the font file again for
// every glyph it draws (a 7 MB Noto Sans CJK face: seconds per map), and it could pick a different face
// or fallback from the one layout measured with. So the PNG back-end turns every text node into path
// nodes drawn with the same faces the PDF embeds (fontkit), placed exactly as the PDF places its lines,
// and hands resvg a scene with no text in it: no font lookup, no system font, the same pixels anywhere.
import type { Font, Glyph } from 'fontkit';
import type { PathNode, PathSegment, Scene, SceneNode, TextNode } from '../../layout/scene.js';
import type { FontFaces } from '../pdf/fonts.js';
import { drawableText, faceFor } from '../pdf/glyphs.js';

/** Stroke width of synthetic bold (a user font has no bold face), per unit of font size: as the PDF. */
const FAKE_BOLD = 1 / 30;
/** Slant of italic text, as browsers draw a synthetic oblique (about 11°). */
const OBLIQUE = 0.2;

type Point = [number, number];

/** A glyph's outline in font units (y up), as segments; cached per face and glyph, maps repeat characters. */
type Outline = { op: 'M' | 'L'; p: Point } | { op: 'C'; c1: Point; c2: Point; p: Point } | { op: 'Z' };

function outlineOf(glyph: Glyph): Outline[] {
  const out: Outline[] = [];
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  for (const { command, args } of glyph.path.commands) {
    const a = args as number[];
    if (command === 'moveTo') {
      current = start = [a[0]!, a[1]!];
      out.push({ op: 'M', p: current });
    } else if (command === 'lineTo') {
      current = [a[0]!, a[1]!];
      out.push({ op: 'L', p: current });
    } else if (command === 'quadraticCurveTo') {
      // TrueType outlines are quadratic; the scene's paths are cubic, and a quadratic is exactly one cubic.
      const q: Point = [a[0]!, a[1]!];
      const p: Point = [a[2]!, a[3]!];
      const c1: Point = [current[0] + ((q[0] - current[0]) * 2) / 3, current[1] + ((q[1] - current[1]) * 2) / 3];
      const c2: Point = [p[0] + ((q[0] - p[0]) * 2) / 3, p[1] + ((q[1] - p[1]) * 2) / 3];
      out.push({ op: 'C', c1, c2, p });
      current = p;
    } else if (command === 'bezierCurveTo') {
      const p: Point = [a[4]!, a[5]!];
      out.push({ op: 'C', c1: [a[0]!, a[1]!], c2: [a[2]!, a[3]!], p });
      current = p;
    } else if (command === 'closePath') {
      out.push({ op: 'Z' });
      current = start;
    }
  }
  return out;
}

export class Outliner {
  private readonly cache = new Map<Font, Map<number, Outline[]>>();

  constructor(private readonly faces: FontFaces) {}

  private outline(face: Font, glyph: Glyph): Outline[] {
    let perFace = this.cache.get(face);
    if (!perFace) this.cache.set(face, (perFace = new Map()));
    let o = perFace.get(glyph.id);
    if (!o) perFace.set(glyph.id, (o = outlineOf(glyph)));
    return o;
  }

  /** One path node drawing every line of the text node; undefined when nothing is visible. */
  text(n: TextNode): PathNode | undefined {
    const face = faceFor(this.faces, n.weight);
    const size = n.fontSize / face.unitsPerEm;
    const slant = n.italic ? OBLIQUE : 0;
    const segments: PathSegment[] = [];
    for (const line of n.lines) {
      const text = drawableText(line.text, face);
      if (text.trim() === '') continue;
      // Placed as the PDF places its lines: from the advance in the font's own metrics when layout gave it.
      const width = line.advance ?? line.width;
      let x = n.anchor === 'start' ? line.x : n.anchor === 'middle' ? line.x - width / 2 : line.x - width;
      const run = face.layout(text);
      run.glyphs.forEach((glyph, i) => {
        const pos = run.positions[i]!;
        const gx = x + pos.xOffset * size;
        const gy = line.y - pos.yOffset * size;
        const at = ([px, py]: Point): [number, number] => [gx + (px + py * slant) * size, gy - py * size];
        for (const s of this.outline(face, glyph)) {
          if (s.op === 'Z') segments.push({ op: 'Z' });
          else if (s.op === 'C') {
            const [x1, y1] = at(s.c1);
            const [x2, y2] = at(s.c2);
            const [px, py] = at(s.p);
            segments.push({ op: 'C', x1, y1, x2, y2, x: px, y: py });
          } else {
            const [px, py] = at(s.p);
            segments.push({ op: s.op, x: px, y: py });
          }
        }
        x += pos.xAdvance * size;
      });
    }
    if (segments.length === 0) return undefined;
    const fakeBold = n.weight === 'bold' && this.faces.syntheticBold;
    return {
      kind: 'path',
      ...(n.role ? { role: n.role } : {}),
      segments,
      fill: n.fill,
      ...(fakeBold ? { stroke: n.fill, strokeWidth: n.fontSize * FAKE_BOLD, lineJoin: 'round' as const } : {}),
    };
  }

  /** The nodes with every text node replaced by its outlines (groups keep their ids and tooltips). */
  nodes(nodes: readonly SceneNode[]): SceneNode[] {
    const out: SceneNode[] = [];
    for (const n of nodes) {
      if (n.kind === 'text') {
        const path = this.text(n);
        if (path) out.push(path);
      } else if (n.kind === 'group') out.push({ ...n, children: this.nodes(n.children) });
      else out.push(n);
    }
    return out;
  }
}

/** The scene as resvg gets it: the same geometry, with text as outlines. */
export const outlinedScene = (scene: Scene, faces: FontFaces): Scene => ({ ...scene, nodes: new Outliner(faces).nodes(scene.nodes) });
