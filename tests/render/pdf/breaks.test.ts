// Page breaks on a model map: uniform columns 10 units wide, cut k at x = 10k, a 5-unit left
// column on every page, so a page holds `capacity` columns exactly.
import { describe, expect, it } from 'vitest';
import { balancedBreaks, greedyBreaks, type CutPoint } from '../../../src/layout/breaks.js';

const COL = 10;
const LEFT = 5;

function model(perStage: number[], capacity: number) {
  const cuts: CutPoint[] = [{ x: 0, stage: true }];
  perStage.forEach((count) => {
    for (let i = 1; i <= count; i += 1) cuts.push({ x: cuts.length * COL, stage: i === count });
  });
  const width = (from: number, to: number): number => LEFT + cuts[to]!.x - cuts[from]!.x;
  return { cuts, width, maxWidth: LEFT + capacity * COL };
}

/** Columns on each page, from the indices of the cuts where pages end. */
const columnsPerPage = (ends: number[]): number[] => ends.map((end, p) => end - (p === 0 ? 0 : ends[p - 1]!));

const LAYOUTS = [[13], [16, 16, 16, 16, 16], [2, 2, 4, 3, 2], [5, 5, 5, 5, 5, 5], [1, 9, 1, 9], [7, 3, 12, 2, 8], [40]];

describe('greedyBreaks', () => {
  it('leaves a stub on the last page (why balancing exists)', () => {
    const { cuts, width, maxWidth } = model([13], 6);
    expect(columnsPerPage(greedyBreaks(cuts, width, maxWidth))).toEqual([6, 6, 1]);
  });
});

describe('balancedBreaks', () => {
  for (const perStage of LAYOUTS) {
    for (let capacity = 2; capacity <= 12; capacity += 1) {
      it(`[${perStage.join(',')}] at ${capacity} columns a page: as many pages as greedy, none under half the fullest`, () => {
        const { cuts, width, maxWidth } = model(perStage, capacity);
        const ends = balancedBreaks(cuts, width, maxWidth);
        expect(ends).toHaveLength(greedyBreaks(cuts, width, maxWidth).length);
        expect(ends.at(-1)).toBe(cuts.length - 1);
        const counts = columnsPerPage(ends);
        expect(Math.max(...counts)).toBeLessThanOrEqual(capacity);
        expect(Math.min(...counts) * 2).toBeGreaterThanOrEqual(Math.max(...counts));
        expect(counts.reduce((a, b) => a + b)).toBe(cuts.length - 1);
      });
    }
  }

  it('spreads a stub over the pages: 13 columns, 6 a page → 5, 4, 4 rather than 6, 6, 1', () => {
    const { cuts, width, maxWidth } = model([13], 6);
    expect(columnsPerPage(balancedBreaks(cuts, width, maxWidth)).sort()).toEqual([4, 4, 5]);
  });

  it('breaks at stage gaps when they are near the even split', () => {
    // 2+2 | 4 | 3+2 on two pages of 11: an even split is 6.5 each, the stage gap after 8 is near enough.
    const { cuts, width, maxWidth } = model([2, 2, 4, 3, 2], 11);
    const ends = balancedBreaks(cuts, width, maxWidth);
    expect(columnsPerPage(ends)).toEqual([8, 5]);
    expect(cuts[ends[0]!]!.stage).toBe(true);
  });

  it('lands every break on a stage gap when stages fit pages one each', () => {
    const { cuts, width, maxWidth } = model([5, 5, 5, 5, 5, 5], 6);
    const ends = balancedBreaks(cuts, width, maxWidth);
    expect(columnsPerPage(ends)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(ends.every((e) => cuts[e]!.stage)).toBe(true);
  });

  it('breaks inside a stage rather than leave one page much emptier than the other', () => {
    // 4 | 10 on two pages of 10: the stage gap would make pages of 4 and 10; 7 and 7 is better.
    const { cuts, width, maxWidth } = model([4, 10], 10);
    expect(columnsPerPage(balancedBreaks(cuts, width, maxWidth))).toEqual([7, 7]);
  });

  it('uses stage gaps on a wide map where they cost little: 5 × 16 columns on 13 pages of 7', () => {
    // Greedy: 7 7 7 7 4 | 7 7 7 7 4 | 7 7 2. Two stage gaps split the map into 32 + 32 + 16 columns,
    // which 5 + 5 + 3 pages hold evenly enough (5 to 7 columns a page).
    const { cuts, width, maxWidth } = model([16, 16, 16, 16, 16], 7);
    expect(columnsPerPage(greedyBreaks(cuts, width, maxWidth))).toEqual([7, 7, 7, 7, 4, 7, 7, 7, 7, 4, 7, 7, 2]);
    const ends = balancedBreaks(cuts, width, maxWidth);
    expect(ends).toHaveLength(13);
    expect(ends.filter((e) => e !== cuts.length - 1 && cuts[e]!.stage)).toHaveLength(2);
    expect(Math.min(...columnsPerPage(ends))).toBeGreaterThanOrEqual(5);
  });

  it('puts a column wider than a page on a page of its own, as greedy does', () => {
    const cuts: CutPoint[] = [
      { x: 0, stage: true },
      { x: 10, stage: false },
      { x: 50, stage: false },
      { x: 60, stage: true },
    ];
    const width = (from: number, to: number): number => cuts[to]!.x - cuts[from]!.x;
    expect(balancedBreaks(cuts, width, 20)).toEqual([1, 2, 3]);
  });

  it('keeps a map that fits on one page whole', () => {
    const { cuts, width, maxWidth } = model([3, 3], 6);
    expect(balancedBreaks(cuts, width, maxWidth)).toEqual([6]);
  });
});
