// Between two scores with unscored touchpoints in between, the curve is a guess: it is drawn dashed
// there and solid only where scored touchpoints are neighbours.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { PathNode, SceneNode } from '../../src/layout/scene.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const paths = (nodes: SceneNode[], role: string): PathNode[] =>
  nodes.flatMap((n) => (n.kind === 'group' ? paths(n.children, role) : n.kind === 'path' && n.role === role ? [n] : []));

describe('curve across unscored touchpoints', () => {
  it('is one solid path when every touchpoint is scored', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1), touchpoint('c', 2)] }]);
    const nodes = layout(j, analyse(j)).nodes;
    expect(paths(nodes, 'curve').map((p) => p.dash)).toEqual([undefined]);
    expect(paths(nodes, 'curve-run')).toEqual([]);
  });

  it('is dashed across a gap and solid over runs of neighbouring scores', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('gap'), touchpoint('b', -1), touchpoint('c', 0), touchpoint('d', 2)] }]);
    const nodes = layout(j, analyse(j)).nodes;
    const [curve] = paths(nodes, 'curve');
    expect(curve?.dash).toEqual([5, 5]);
    const runs = paths(nodes, 'curve-run');
    expect(runs).toHaveLength(1);
    // The solid run covers b → c → d: an M and two curves, ending where the full curve ends.
    expect(runs[0]!.segments.map((s) => s.op)).toEqual(['M', 'C', 'C']);
    const end = (p: PathNode) => p.segments[p.segments.length - 1];
    expect(end(runs[0]!)).toEqual(end(curve!));
  });
});
