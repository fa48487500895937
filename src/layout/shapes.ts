// Small vector marks drawn from circles and paths (never emoji glyphs, which vary by platform).
import type { Paint, PathNode, SceneNode, SceneRole } from './scene.js';

/** A downward-pointing triangle centred on (cx, cy): the valley marker. */
export function downTriangle(cx: number, cy: number, size: number, fill: Paint, role: SceneRole, stroke?: Paint): PathNode {
  const h = size * 0.87;
  const node: PathNode = {
    kind: 'path',
    role,
    segments: [{ op: 'M', x: cx - size / 2, y: cy - h / 2 }, { op: 'L', x: cx + size / 2, y: cy - h / 2 }, { op: 'L', x: cx, y: cy + h / 2 }, { op: 'Z' }],
    fill,
    lineJoin: 'round',
  };
  if (stroke) {
    node.stroke = stroke;
    node.strokeWidth = 1.5;
  }
  return node;
}

/**
 * A face for a position `t` on the scale, from -1 (lowest) to 1 (highest): the mouth bends from
 * a frown through a flat line to a smile, so the axis reads without colour. At 8 px a bend alone
 * barely tells neighbouring levels apart, so the two ends of the scale open their mouths: a grin
 * at the top and a grimace at the bottom, never mistaken for the level next to them.
 */
export function face(cx: number, cy: number, r: number, t: number, fill: Paint, ink: Paint): SceneNode[] {
  const half = r * 0.45;
  const extreme = Math.abs(t) >= 0.999;
  const mouthY = cy + r * 0.36 - t * r * (extreme ? 0.16 : 0.12);
  const bend = t * r * 0.75;
  const curve = (y: number, b: number) => ({ op: 'C', x1: cx - half / 2, y1: y + b, x2: cx + half / 2, y2: y + b, x: cx + half, y }) as const;
  const mouth: SceneNode = extreme
    ? {
        // Open: a flat edge and a deep curve, filled, closed.
        kind: 'path',
        segments: [{ op: 'M', x: cx - half, y: mouthY }, curve(mouthY, bend * 0.9), { op: 'Z' }],
        fill: ink,
        stroke: ink,
        strokeWidth: 1,
        lineJoin: 'round',
      }
    : { kind: 'path', segments: [{ op: 'M', x: cx - half, y: mouthY }, curve(mouthY, bend)], stroke: ink, strokeWidth: 1.2, lineCap: 'round' };
  return [
    { kind: 'circle', role: 'face', cx, cy, r, fill, stroke: ink, strokeWidth: 1.2 },
    { kind: 'circle', cx: cx - r * 0.34, cy: cy - r * 0.24, r: r * 0.12, fill: ink },
    { kind: 'circle', cx: cx + r * 0.34, cy: cy - r * 0.24, r: r * 0.12, fill: ink },
    mouth,
  ];
}
