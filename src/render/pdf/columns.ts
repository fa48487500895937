// Reads the map's column structure back from the scene (stage header bars and touchpoint columns, by
// role) so pagination can cut between columns instead of through a card.
import type { Box, RectNode, Scene, SceneNode, TextNode } from '../../layout/scene.js';
import { boxInside } from './bounds.js';

export interface MapColumns {
  /** x where the left column (lane labels, emotion scale) ends and the touchpoint columns begin. */
  gutter: number;
  /** Top of the stage header row. */
  bodyTop: number;
  /** Places the map may be cut, left to right: the gutter, every gap between columns, the right edge. */
  cuts: { x: number; stage: boolean }[];
  /** Stage header bars with the text drawn on them. */
  headers: { rect: RectNode; labels: TextNode[] }[];
}

function collect(nodes: readonly SceneNode[], role: string, out: RectNode[] = []): RectNode[] {
  for (const n of nodes) {
    if (n.kind === 'rect' && n.role === role) out.push(n);
    else if (n.kind === 'group') collect(n.children, role, out);
  }
  return out;
}

function texts(nodes: readonly SceneNode[], inside: Box, out: TextNode[] = []): TextNode[] {
  for (const n of nodes) {
    if (n.kind === 'text' && boxInside(n.box, inside)) out.push(n);
    else if (n.kind === 'group') texts(n.children, inside, out);
  }
  return out;
}

const right = (r: Box): number => r.x + r.width;
const byX = (a: Box, b: Box): number => a.x - b.x;

export function findMapColumns(scene: Scene): MapColumns | undefined {
  const bars = collect(scene.nodes, 'stage-header').sort(byX);
  if (bars.length === 0) return undefined;
  const columns = collect(scene.nodes, 'touchpoint-column').sort(byX);
  // Each stage's columns in order; a stage without touchpoints is one column as wide as its bar.
  const cols = bars.flatMap((bar, stage) => {
    const own = columns.filter((c) => c.x >= bar.x - 0.5 && right(c) <= right(bar) + 0.5);
    return (own.length > 0 ? own : [bar]).map((box) => ({ box, stage }));
  });
  const gaps = cols.slice(1).map((c, i) => c.box.x - right(cols[i]!.box)).filter((g) => g > 0);
  // The widest gap's middle: valley bands reach a little past their column, and must not be cut.
  const gutter = cols[0]!.box.x - (gaps.length > 0 ? Math.max(...gaps) / 2 : 5);
  const cuts = [{ x: gutter, stage: true }];
  cols.slice(1).forEach((c, i) => {
    const prev = cols[i]!;
    cuts.push({ x: (right(prev.box) + c.box.x) / 2, stage: prev.stage !== c.stage });
  });
  cuts.push({ x: scene.width, stage: true });
  return {
    gutter,
    bodyTop: Math.min(...bars.map((b) => b.y)),
    cuts,
    headers: bars.map((rect) => ({ rect, labels: texts(scene.nodes, rect) })),
  };
}
