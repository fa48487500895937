// What a paper sheet shows of the scene's text: each layer draws its nodes shifted and clipped, and
// a line of text is either wholly inside a layer's clip (shown), wholly outside (not on it), or
// crosses the clip's edge: cut, which must never happen.
import type { Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import type { Sheet } from '../../src/layout/sheets.js';

/** A line's ink around its baseline, in font sizes (Noto Sans: Han 0.88 above, 0.12 below; accents and descenders a little more). */
const ABOVE = 0.9;
const BELOW = 0.2;

export interface ShownLine {
  node: TextNode;
  /** Index into node.lines. */
  line: number;
  text: string;
  sheet: number;
  /** For a cut line: whether the clip's top or bottom edge (y) or a side (x) crosses it. */
  across?: 'x' | 'y';
}

export interface SheetText {
  shown: ShownLine[];
  cut: ShownLine[];
}

function texts(nodes: readonly SceneNode[], out: TextNode[] = []): TextNode[] {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n);
    else if (n.kind === 'group') texts(n.children, out);
  }
  return out;
}

export function sheetText(scene: Scene, sheets: readonly Sheet[]): SheetText {
  const shown: ShownLine[] = [];
  const cut: ShownLine[] = [];
  const all = texts(scene.nodes);
  sheets.forEach((sheet, i) => {
    for (const layer of sheet.layers) {
      const nodes = layer.nodes ? texts(layer.nodes) : all.filter((n) => !layer.skip?.has(n));
      const { clip } = layer;
      for (const node of nodes) {
        for (const [index, line] of node.lines.entries()) {
          if (line.text.trim() === '') continue;
          // Layout pads Latin widths by 12% for browsers' wider fallback fonts; the ink is at least the unpadded width.
          const width = line.advance ?? (/[\u3000-\u9fff\uff00-\uffef]/.test(line.text) ? line.width : line.width / 1.12);
          const left = (node.anchor === 'start' ? line.x : node.anchor === 'end' ? line.x - width : line.x - width / 2) + layer.dx;
          const top = line.y - node.fontSize * ABOVE + layer.dy;
          const bottom = line.y + node.fontSize * BELOW + layer.dy;
          const inX = left + width > clip.x && left < clip.x + clip.width;
          const inY = bottom > clip.y && top < clip.y + clip.height;
          if (!inX || !inY) continue;
          const wholeX = left >= clip.x - 0.5 && left + width <= clip.x + clip.width + 0.5;
          const wholeY = top >= clip.y - 0.01 && bottom <= clip.y + clip.height + 0.01;
          if (wholeX && wholeY) shown.push({ node, line: index, text: line.text, sheet: i + 1 });
          else cut.push({ node, line: index, text: line.text, sheet: i + 1, across: wholeY ? 'x' : 'y' });
        }
      }
    }
  });
  return { shown, cut };
}
