// The faces beside the emotion grid tell every level apart without colour: the mouth bends with the
// score, and the two ends of the scale have open (filled) mouths, unlike their neighbours.
import { describe, expect, it } from 'vitest';
import { face } from '../../src/layout/shapes.js';
import type { PathNode, SceneNode } from '../../src/layout/scene.js';

const mouth = (nodes: SceneNode[]): PathNode => nodes.find((n): n is PathNode => n.kind === 'path')!;
/** How far the mouth's middle sits below its corners (negative: above), in px. */
const droop = (p: PathNode): number => {
  const [m, c] = p.segments;
  return m?.op === 'M' && c?.op === 'C' ? c.y1 - m.y : NaN;
};

describe('emotion faces', () => {
  const levels = [-1, -0.5, 0, 0.5, 1].map((t) => mouth(face(0, 0, 8, t, '#fff', '#000')));

  it('open and fill the mouth at the two ends of the scale only', () => {
    expect(levels.map((p) => p.fill !== undefined)).toEqual([true, false, false, false, true]);
  });

  it('bend the mouth further for every step up the scale', () => {
    const bends = levels.map(droop);
    for (let i = 1; i < bends.length; i += 1) expect(bends[i]!).toBeGreaterThan(bends[i - 1]!);
    // Neighbouring closed mouths differ by at least 2 px at the 8 px radius drawn on maps.
    expect(bends[2]! - bends[1]!).toBeGreaterThanOrEqual(2);
    expect(bends[3]! - bends[2]!).toBeGreaterThanOrEqual(2);
  });
});
