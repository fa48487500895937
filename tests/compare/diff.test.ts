import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../src/analyse/index.js';
import { diffJourneys, rescale } from '../../src/compare/index.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyArb, journeyOf, pains, touchpoint } from '../helpers/journeys.js';

const diff = (a: Journey, b: Journey) => diffJourneys(a, b, analyse(a), analyse(b));

const before = journeyOf([
  { id: 'find', touchpoints: [touchpoint('ad', 1), touchpoint('site', -1, { pains: ['slow'] }), touchpoint('call', -2, { pains: ['queue'] })] },
  { id: 'buy', touchpoints: [touchpoint('cart', 0), touchpoint('pay', -1)] },
  { id: 'old-stage', touchpoints: [touchpoint('letter', 0)] },
]);

const after = journeyOf([
  { id: 'find', touchpoints: [touchpoint('ad', 1), touchpoint('site', 1, { name: 'Fast site', pains: [], opportunities: ['cache'] })] },
  { id: 'buy', touchpoints: [touchpoint('pay', -2), touchpoint('cart', 0, { channel: 'web' }), touchpoint('call', 1, { pains: ['queue'] })] },
  { id: 'follow', touchpoints: [touchpoint('chat', -1)] },
]);

describe('diffJourneys', () => {
  const change = diff(before, after);
  it('matches touchpoints by id: added, removed, moved', () => {
    expect(change.touchpoints.added.map((t) => [t.id, t.stageId, t.emotion])).toEqual([['chat', 'follow', -1]]);
    expect(change.touchpoints.removed.map((t) => [t.id, t.stageId, t.emotion])).toEqual([['letter', 'old-stage', 0]]);
    expect(change.touchpoints.moved).toEqual([{ id: 'call', name: 'Touchpoint call', from: 'find', to: 'buy' }]);
  });
  it('lists changed fields in model order, with rename and score', () => {
    const byId = Object.fromEntries(change.touchpoints.changed.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toEqual(['site', 'pay', 'cart', 'call']);
    expect(byId.site).toMatchObject({
      fields: ['name', 'emotion', 'pains', 'opportunities'],
      renamed: { from: 'Touchpoint site', to: 'Fast site' },
      emotion: { from: -1, to: 1 },
    });
    expect(byId.cart).toEqual({ id: 'cart', name: 'Touchpoint cart', stageId: 'buy', fields: ['channel'] });
    expect(byId.call?.emotion).toEqual({ from: -2, to: 1 });
  });
  it('gives null for a missing score', () => {
    const a = journeyOf([{ id: 's', touchpoints: [touchpoint('x'), touchpoint('y', 1)] }]);
    const b = journeyOf([{ id: 's', touchpoints: [touchpoint('x', -1), touchpoint('y')] }]);
    expect(diff(a, b).touchpoints.changed.map((c) => c.emotion)).toEqual([
      { from: null, to: -1 },
      { from: 1, to: null },
    ]);
  });
  it('lists every stage with its average, removed ones after the stage they followed', () => {
    expect(change.stages.map((s) => [s.id, s.status, s.average.from, s.average.to])).toEqual([
      ['find', 'kept', (1 - 1 - 2) / 3, 1],
      ['buy', 'kept', -0.5, -1 / 3],
      ['old-stage', 'removed', 0, null],
      ['follow', 'added', null, -1],
    ]);
    expect(change.stages[1]?.fields).toEqual(['order']);
  });
  it('finds valleys opened and closed, a dropped valley marked', () => {
    expect(change.valleys.opened.map((v) => v.touchpointId)).toEqual(['chat']);
    expect(change.valleys.closed.map((v) => [v.touchpointId, v.emotion, v.dropped ?? false])).toEqual([['call', -2, false]]);
    const gone = journeyOf([{ id: 'find', touchpoints: [touchpoint('ad', 1), touchpoint('site', 0)] }]);
    expect(diff(before, gone).valleys.closed.find((v) => v.touchpointId === 'call')).toMatchObject({ dropped: true, stageId: 'find' });
  });
  it('lists pains and opportunities added and removed with their owner', () => {
    const site = { owner: 'touchpoint', id: 'site' };
    expect(change.pains).toEqual({ added: [], removed: [{ ...site, name: 'Touchpoint site', text: 'slow' }] });
    expect(change.opportunities).toEqual({ added: [{ ...site, name: 'Fast site', text: 'cache' }], removed: [] });
    const a = journeyOf([{ id: 's', touchpoints: [touchpoint('x', 0, { pains: ['p', 'p'] })] }]);
    const b = structuredClone(a);
    b.stages[0]!.pains = pains('stage-wide');
    b.stages[0]!.touchpoints[0]!.pains = pains('p');
    expect(diff(a, b).pains).toEqual({
      added: [{ owner: 'stage', id: 's', name: 's', text: 'stage-wide' }],
      removed: [{ owner: 'touchpoint', id: 'x', name: 'Touchpoint x', text: 'p' }],
    });
  });
  it('names journey-level fields and stage order', () => {
    const b = structuredClone(before);
    b.title = 'Other';
    b.stages.reverse();
    expect(diff(before, b).fields).toEqual(['title', 'stages']);
  });
  it('a journey against itself (or a deep copy) has no change (property)', () => {
    fc.assert(
      fc.property(journeyArb, (j) => {
        const c = diff(j, structuredClone(j));
        expect(c.differs).toBe(false);
        expect([
          c.touchpoints.added,
          c.touchpoints.removed,
          c.touchpoints.moved,
          c.touchpoints.changed,
          c.valleys.opened,
          c.valleys.closed,
          c.pains.added,
          c.pains.removed,
        ]).toEqual([[], [], [], [], [], [], [], []]);
      }),
    );
  });
  it('any single score change is seen, and only that (property)', () => {
    fc.assert(
      fc.property(
        journeyArb.filter((j) => j.stages.some((s) => s.touchpoints.length > 0)),
        fc.nat(),
        (j, pick) => {
          const all = j.stages.flatMap((s) => s.touchpoints);
          const b = structuredClone(j);
          const tp = b.stages.flatMap((s) => s.touchpoints)[pick % all.length]!;
          tp.emotion = tp.emotion === j.emotionScale[1] ? j.emotionScale[0] : j.emotionScale[1];
          const c = diff(j, b);
          expect(c.differs).toBe(true);
          expect(c.touchpoints.changed).toEqual([expect.objectContaining({ id: tp.id, fields: ['emotion'] })]);
        },
      ),
    );
  });
});

describe('rescale', () => {
  it('maps lowest to lowest and highest to highest', () => {
    expect([1, 3, 5].map((s) => rescale(s, [1, 5], [-2, 2]))).toEqual([-2, 0, 2]);
    expect(rescale(1, [-2, 2], [-2, 2])).toBe(1);
  });
});

describe('timeline', () => {
  it('merges both maps, a removed touchpoint after the one it followed', () => {
    const c = diff(before, after);
    expect(c.timeline.map((e) => [e.id, e.status, e.emotion.from, e.emotion.to])).toEqual([
      ['ad', 'kept', 1, 1],
      ['site', 'kept', -1, 1],
      ['pay', 'kept', -1, -2],
      ['letter', 'removed', 0, null],
      ['cart', 'kept', 0, 0],
      ['call', 'kept', -2, 1],
      ['chat', 'added', null, -1],
    ]);
  });
});
