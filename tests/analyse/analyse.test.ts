import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, findValleys, lint } from '../../src/analyse/index.js';
import type { CurvePoint } from '../../src/analyse/analysis.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const curveOf = (scores: number[]): CurvePoint[] => scores.map((emotion, i) => ({ touchpointId: `t${i}`, stageId: 's', index: i, emotion }));
const valleyIndexes = (scores: number[], neutral = 0) => findValleys(curveOf(scores), neutral).map((v) => v.index);

describe('valleys', () => {
  it('finds local minima at or below neutral, and the lowest point', () => {
    expect(valleyIndexes([-2, 0, -1, -1, 1, 0, -2, -1, 2])).toEqual([0, 2, 3, 6]);
  });
  it('counts only lows strictly below neutral: a curve at or above neutral has no valley and no lowest alarm', () => {
    expect(valleyIndexes([2, -1, 2, 0, 2])).toEqual([1]);
    expect(valleyIndexes([2, 1, 2])).toEqual([]);
    expect(valleyIndexes([1, 0, 2, 0, 1])).toEqual([]);
    expect(findValleys(curveOf([1, 0, 2]), 0).some((v) => v.lowest)).toBe(false);
  });
  it('with a threshold, counts lows at or below it', () => {
    expect(findValleys(curveOf([1, 0, 2, 0, 1]), 0, 0).map((v) => [v.index, v.lowest])).toEqual([
      [1, true],
      [3, true],
    ]);
    expect(findValleys(curveOf([2, -1, 2, -2, 2]), 0, -2).map((v) => v.index)).toEqual([3]);
  });
  it('counts the ends as minima when their one neighbour is higher', () => {
    expect(valleyIndexes([-1, 1, -1])).toEqual([0, 2]);
  });
  it('marks only the global minimum as lowest', () => {
    const v = findValleys(curveOf([-1, 0, -2, 0]), 0);
    expect(v.map((x) => [x.index, x.lowest])).toEqual([
      [0, false],
      [2, true],
    ]);
  });
  it('uses the scale midpoint as neutral', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 5), touchpoint('b', 3), touchpoint('c', 4), touchpoint('d', 2), touchpoint('e', 5)] }], {
      emotionScale: [1, 5],
    });
    const a = analyse(j);
    expect(a.neutral).toBe(3);
    expect(a.valleys.map((v) => v.touchpointId)).toEqual(['d']);
    expect(analyse({ ...j, valleyThreshold: 3 }).valleys.map((v) => v.touchpointId)).toEqual(['b', 'd']);
  });
  it('every valley is a local low strictly below neutral, and the lowest point is one when it is below (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 1, maxLength: 30 }), (scores) => {
        const valleys = findValleys(curveOf(scores), 0);
        const min = Math.min(...scores);
        expect(valleys.some((v) => v.emotion === min && v.lowest)).toBe(min < 0);
        for (const v of valleys) expect(v.emotion < 0).toBe(true);
        for (const v of valleys) {
          const before = scores[v.index - 1];
          const after = scores[v.index + 1];
          expect(before === undefined || before >= v.emotion).toBe(true);
          expect(after === undefined || after >= v.emotion).toBe(true);
        }
      }),
    );
  });
});

describe('analyse', () => {
  const j = journeyOf([
    { id: 'aware', touchpoints: [touchpoint('a', 1), touchpoint('unscored')] },
    { id: 'buy', touchpoints: [touchpoint('b', -2, { pains: ['slow'] }), touchpoint('c', 0)] },
    { id: 'empty', touchpoints: [] },
  ]);
  const a = analyse(j);
  it('builds the curve in journey order with positions counting unscored touchpoints', () => {
    expect(a.curve.map((p) => [p.touchpointId, p.index])).toEqual([
      ['a', 0],
      ['b', 2],
      ['c', 3],
    ]);
  });
  it('computes stage averages and the worst stage', () => {
    expect(a.stages.map((s) => s.average)).toEqual([1, -1, undefined]);
    expect(a.stages[1]).toMatchObject({ touchpoints: 2, scored: 2, min: -2, max: 0, pains: 1 });
    expect(a.worstStageId).toBe('buy');
    expect(a.lowest?.touchpointId).toBe('b');
  });
  it('lint flags a valley without pains and a pain with no opportunity in its stage', () => {
    const codes = lint(j, a)
      .map((d) => d.code)
      .sort();
    expect(codes).toEqual(['pain-without-opportunity']);
    const bare = journeyOf([{ id: 's', touchpoints: [touchpoint('x', 1), touchpoint('y', -1), touchpoint('z', 1)] }]);
    expect(lint(bare, analyse(bare)).map((d) => d.code)).toEqual(['valley-without-pain']);
  });
});
