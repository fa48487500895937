// Drawing order: backgrounds first, so nothing opaque hides a valley band or the curve.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

describe('drawing order', () => {
  it('puts lane stripes and stage tints under the valley bands, and the bands under the touchpoints', () => {
    const j = journeyOf([
      {
        id: 's',
        touchpoints: [touchpoint('a', 1, { action: 'x', thought: 'y' }), touchpoint('b', -2, { pains: ['p'], opportunities: ['o'] }), touchpoint('c', 2)],
      },
    ]);
    // The curve sits in its series' group (data-series): that group is where the curve is drawn.
    const roles: string[] = layout(j, analyse(j)).nodes.map((n) =>
      n.kind === 'group' && n.role === 'series' && n.children.some((c) => c.role === 'curve') ? 'curve' : (n.role ?? n.kind),
    );
    const last = (role: string) => roles.lastIndexOf(role);
    const first = (role: string) => roles.indexOf(role);
    expect(first('lane-stripe')).toBeGreaterThanOrEqual(0);
    expect(last('lane-stripe')).toBeLessThan(first('valley-band'));
    expect(last('stage-tint')).toBeLessThan(first('valley-band'));
    expect(last('valley-band')).toBeLessThan(first('curve'));
    expect(last('valley-band')).toBeLessThan(first('touchpoint'));
  });
});
