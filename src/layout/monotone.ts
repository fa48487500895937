// Monotone cubic interpolation (Fritsch–Carlson, 1980). The curve passes exactly through every
// point and never overshoots: between two scores it stays between them, so a dip never looks
// deeper than the score that caused it. Tangents are limited so each Bézier control point stays
// within its segment's y-range (α² + β² ≤ 9), which also keeps the curve inside the emotion lane.
import type { PathSegment } from './scene.js';

export interface Point {
  x: number;
  y: number;
}

/** Path through `points` (x strictly increasing): one M, then one C per segment. */
export function monotonePath(points: readonly Point[]): PathSegment[] {
  const n = points.length;
  const first = points[0];
  if (!first) return [];
  const segs: PathSegment[] = [{ op: 'M', x: first.x, y: first.y }];
  if (n === 1) return segs;
  const at = (i: number): Point => points[i] as Point;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) slopes.push((at(i + 1).y - at(i).y) / (at(i + 1).x - at(i).x));
  const s = (i: number): number => slopes[i] as number;
  const m: number[] = new Array<number>(n);
  m[0] = s(0);
  m[n - 1] = s(n - 2);
  for (let i = 1; i < n - 1; i++) m[i] = s(i - 1) * s(i) <= 0 ? 0 : (s(i - 1) + s(i)) / 2;
  for (let i = 0; i < n - 1; i++) {
    if (s(i) === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = (m[i] as number) / s(i);
    const b = (m[i + 1] as number) / s(i);
    // Opposite-sign tangents cannot occur after the step above except at the ends; clamp them too.
    if (a < 0) m[i] = 0;
    if (b < 0) m[i + 1] = 0;
    const h = a * a + b * b;
    if (h > 9) {
      const t = 3 / Math.sqrt(h);
      m[i] = t * a * s(i);
      m[i + 1] = t * b * s(i);
    }
  }
  for (let i = 0; i < n - 1; i++) {
    const p = at(i);
    const q = at(i + 1);
    const dx = (q.x - p.x) / 3;
    segs.push({ op: 'C', x1: p.x + dx, y1: p.y + (m[i] as number) * dx, x2: q.x - dx, y2: q.y - (m[i + 1] as number) * dx, x: q.x, y: q.y });
  }
  return segs;
}
