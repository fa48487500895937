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

/** Grows `e` to take in (x, y). A loop, not a spread into Math.min: a path or a text can have more points than a call takes arguments. */
function take(e: Extent, x: number, y: number): void {
  if (x < e.minX) e.minX = x;
  if (x > e.maxX) e.maxX = x;
  if (y < e.minY) e.minY = y;
  if (y > e.maxY) e.maxY = y;
}

/** Extents by node: a map on many sheets asks for each node's once per layer, a group's for each of its children again. */
const cache = new WeakMap<SceneNode, Extent>();

function extent(n: SceneNode): Extent {
  let e = cache.get(n);
  if (!e) {
    e = measureExtent(n);
    cache.set(n, e);
  }
  return e;
}

function measureExtent(n: SceneNode): Extent {
  switch (n.kind) {
    case 'rect':
      return grow({ minX: n.x, minY: n.y, maxX: n.x + n.width, maxY: n.y + n.height }, (n.strokeWidth ?? 1) / 2);
    case 'circle':
      return grow({ minX: n.cx - n.r, minY: n.cy - n.r, maxX: n.cx + n.r, maxY: n.cy + n.r }, (n.strokeWidth ?? 1) / 2);
    case 'line': {
      const e = { ...EMPTY };
      take(e, n.x1, n.y1);
      take(e, n.x2, n.y2);
      return grow(e, n.strokeWidth);
    }
    case 'path': {
      // A Bézier curve stays inside the hull of its control points.
      const e = { ...EMPTY };
      for (const s of n.segments) {
        if (s.op === 'Z') continue;
        take(e, s.x, s.y);
        if (s.op === 'C') {
          take(e, s.x1, s.y1);
          take(e, s.x2, s.y2);
        }
      }
      return grow(e, n.strokeWidth ?? 1);
    }
    case 'text': {
      // Where the glyphs land (not the whole box layout gave them, so a page's clip region does not
      // pull in text it will not show: PDF text extraction would still find it). The slack covers
      // ascenders, descenders and synthetic slant.
      const e = { ...EMPTY };
      for (const l of n.lines) {
        const left = n.anchor === 'start' ? l.x : n.anchor === 'end' ? l.x - l.width : l.x - l.width / 2;
        take(e, left, l.y - n.fontSize * 1.2);
        take(e, left + l.width, l.y + n.fontSize * 0.4);
      }
      return grow(e, n.fontSize * 0.3);
    }
    case 'image':
      return { minX: n.x, minY: n.y, maxX: n.x + n.width, maxY: n.y + n.height };
    case 'group': {
      let e = EMPTY;
      for (const child of n.children) e = union(e, extent(child));
      return e;
    }
  }
}

/** Whether any part of `n` can be visible inside `clip` once shifted by (dx, dy). */
export function intersects(n: SceneNode, clip: Box, dx = 0, dy = 0): boolean {
  const e = extent(n);
  return e.maxX + dx >= clip.x && e.minX + dx <= clip.x + clip.width && e.maxY + dy >= clip.y && e.minY + dy <= clip.y + clip.height;
}
