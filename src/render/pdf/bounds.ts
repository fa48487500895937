// Conservative bounding boxes of scene nodes, so a page draws only what can show through its clip
// (a map split over many pages would otherwise repeat every node on every page).
import type { Box, SceneNode } from '../../layout/scene.js';

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const EMPTY: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

const grow = (e: Extent, by: number): Extent => ({ minX: e.minX - by, minY: e.minY - by, maxX: e.maxX + by, maxY: e.maxY + by });

const union = (a: Extent, b: Extent): Extent => ({
  minX: Math.min(a.minX, b.minX),
  minY: Math.min(a.minY, b.minY),
  maxX: Math.max(a.maxX, b.maxX),
  maxY: Math.max(a.maxY, b.maxY),
});

// A loop, not Math.min(...xs): spreading a text of 70,000 lines into one call overflows the stack.
function ofPoints(xs: readonly number[], ys: readonly number[]): Extent {
  const e = { ...EMPTY };
  for (const x of xs) {
    if (x < e.minX) e.minX = x;
    if (x > e.maxX) e.maxX = x;
  }
  for (const y of ys) {
    if (y < e.minY) e.minY = y;
    if (y > e.maxY) e.maxY = y;
  }
  return e;
}

function extent(n: SceneNode): Extent {
  switch (n.kind) {
    case 'rect':
      return grow({ minX: n.x, minY: n.y, maxX: n.x + n.width, maxY: n.y + n.height }, (n.strokeWidth ?? 1) / 2);
    case 'circle':
      return grow({ minX: n.cx - n.r, minY: n.cy - n.r, maxX: n.cx + n.r, maxY: n.cy + n.r }, (n.strokeWidth ?? 1) / 2);
    case 'line':
      return grow(ofPoints([n.x1, n.x2], [n.y1, n.y2]), n.strokeWidth);
    case 'path': {
      // A Bézier curve stays inside the hull of its control points.
      const xs: number[] = [];
      const ys: number[] = [];
      for (const s of n.segments) {
        if (s.op === 'Z') continue;
        xs.push(s.x);
        ys.push(s.y);
        if (s.op === 'C') {
          xs.push(s.x1, s.x2);
          ys.push(s.y1, s.y2);
        }
      }
      return grow(ofPoints(xs, ys), n.strokeWidth ?? 1);
    }
    case 'text': {
      // Where the glyphs land (not the whole box layout gave them, so a page's clip region does not
      // pull in text it will not show: PDF text extraction would still find it). The slack covers
      // ascenders, descenders and synthetic slant.
      const xs = n.lines.flatMap((l) => (n.anchor === 'start' ? [l.x, l.x + l.width] : n.anchor === 'end' ? [l.x - l.width, l.x] : [l.x - l.width / 2, l.x + l.width / 2]));
      const ys = n.lines.flatMap((l) => [l.y - n.fontSize * 1.2, l.y + n.fontSize * 0.4]);
      return grow(ofPoints(xs, ys), n.fontSize * 0.3);
    }
    case 'group':
      return n.children.map(extent).reduce(union, EMPTY);
  }
}

/** Whether any part of `n` can be visible inside `clip` once shifted by (dx, dy). */
export function intersects(n: SceneNode, clip: Box, dx = 0, dy = 0): boolean {
  const e = extent(n);
  return e.maxX + dx >= clip.x && e.minX + dx <= clip.x + clip.width && e.maxY + dy >= clip.y && e.minY + dy <= clip.y + clip.height;
}

/** Whether the text node's box lies inside `outer` (used to find the label of a stage header). */
export const boxInside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
