// The emotion lane on scales other than the default: the neutral line is always drawn, and a long
// scale ([0, 100]) is thinned into a lane of ordinary height rather than stretched 18 px per point.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { CircleNode, LineNode, SceneNode } from '../../src/layout/scene.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

function flatten(nodes: readonly SceneNode[], out: SceneNode[] = []): SceneNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') flatten(n.children, out);
  }
  return out;
}

/** A lowest, a highest and a neutral score on `scale`, laid out. */
function lane(scale: [number, number]) {
  const [lo, hi] = scale;
  const journey = journeyOf([{ id: 's', touchpoints: [touchpoint('hi', hi), touchpoint('lo', lo), touchpoint('mid', (lo + hi) / 2)] }], {
    emotionScale: scale,
  });
  const analysis = analyse(journey);
  const nodes = flatten(layout(journey, analysis).nodes);
  const point = (id: string): CircleNode => {
    const group = flatten(layout(journey, analysis).nodes).find((n) => n.kind === 'group' && n.id === `tp-${id}`);
    const circle = group?.kind === 'group' ? flatten(group.children).find((n): n is CircleNode => n.kind === 'circle' && n.role === 'curve-point') : undefined;
    if (!circle) throw new Error(`no curve point for ${id}`);
    return circle;
  };
  return {
    neutralLines: nodes.filter((n): n is LineNode => n.kind === 'line' && n.role === 'neutral-line'),
    faces: nodes.filter((n): n is CircleNode => n.kind === 'circle' && n.role === 'face'),
    midY: point('mid').cy,
    gridHeight: point('lo').cy - point('hi').cy,
  };
}

describe('emotion lane scale', () => {
  it.each<[number, number]>([
    [-2, 2],
    [1, 5],
    [0, 10],
    [0, 14],
    [1, 15],
    [-4, 18],
    [0, 100],
  ])('draws the neutral line of [%i, %i] through the neutral score', (lo, hi) => {
    const { neutralLines, midY } = lane([lo, hi]);
    expect(neutralLines).toHaveLength(1);
    expect(neutralLines[0]!.y1).toBeCloseTo(midY, 6);
  });

  it('keeps long scales as tall as a ten-point one', () => {
    const ten = lane([0, 10]).gridHeight;
    expect(lane([-2, 2]).gridHeight).toBe(144);
    expect(ten).toBe(180);
    for (const scale of [
      [0, 14],
      [0, 100],
      [0, 1000],
      [-50, 50],
    ] as [number, number][]) {
      expect(lane(scale).gridHeight, `${scale}`).toBeCloseTo(ten, 6);
    }
  });

  it('draws faces with a positive radius on long scales', () => {
    for (const scale of [
      [0, 100],
      [0, 1000],
      [0, 11],
    ] as [number, number][]) {
      const { faces } = lane(scale);
      expect(faces.length, `${scale}`).toBeGreaterThan(0);
      for (const f of faces) expect(f.r, `${scale}`).toBeGreaterThan(3);
    }
  });
});
