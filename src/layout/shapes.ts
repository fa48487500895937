// Small vector marks drawn from circles and paths (never emoji glyphs, which vary by platform).
import type { Paint, PathNode, SceneNode } from './scene.js';

/** A downward-pointing triangle centred on (cx, cy): the valley marker. */
export function downTriangle(cx: number, cy: number, size: number, fill: Paint, role: string, stroke?: Paint): PathNode {
  const h = size * 0.87;
  const node: PathNode = {
    kind: 'path',
    role,
    segments: [
      { op: 'M', x: cx - size / 2, y: cy - h / 2 },
      { op: 'L', x: cx + size / 2, y: cy - h / 2 },
      { op: 'L', x: cx, y: cy + h / 2 },
      { op: 'Z' },
    ],
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
 * a frown through a flat line to a smile, so the axis reads without colour.
 */
export function face(cx: number, cy: number, r: number, t: number, fill: Paint, ink: Paint): SceneNode[] {
  const mouthY = cy + r * 0.38 - t * r * 0.1;
  const bend = t * r * 0.42;
  const half = r * 0.42;
  return [
    { kind: 'circle', role: 'face', cx, cy, r, fill, stroke: ink, strokeWidth: 1.2 },
    { kind: 'circle', cx: cx - r * 0.34, cy: cy - r * 0.22, r: r * 0.12, fill: ink },
    { kind: 'circle', cx: cx + r * 0.34, cy: cy - r * 0.22, r: r * 0.12, fill: ink },
    {
      kind: 'path',
      segments: [
        { op: 'M', x: cx - half, y: mouthY },
        { op: 'C', x1: cx - half / 2, y1: mouthY + bend, x2: cx + half / 2, y2: mouthY + bend, x: cx + half, y: mouthY },
      ],
      stroke: ink,
      strokeWidth: 1.2,
      lineCap: 'round',
    },
  ];
}
