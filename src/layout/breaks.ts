// Where a map too wide for one page is broken into pages. Cutting greedily (fill each page, then
// back off to a stage gap) finds how many pages are needed, but leaves whatever is over on the last
// page: two columns alone on the thirteenth sheet. So the greedy count is kept, and the breaks are
// then chosen again, all at once, to make the pages about equally full, cutting between stages
// where that moves a page edge only a little.

/** A place the map may be cut: the left column's edge, a gap between columns, the right edge. */
export interface CutPoint {
  x: number;
  /** The gap is between two stages. */
  stage: boolean;
  /** The gap is inside a stage with stage-wide cards: cutting there cuts them. */
  splitsCard?: boolean;
}

/** Scene units a page showing everything from cut `from` to cut `to` needs (left column included). */
export type PageWidth = (from: number, to: number) => number;

/**
 * A break inside a stage costs as much as moving the edge between two pages by a quarter of a page
 * (2 × 0.25², in the squared-deviation units below): a stage gap that near the even split wins.
 */
const INSIDE_STAGE_COST = 2 * 0.25 ** 2;
/** Cutting through stage-wide cards costs more than any uneven split: only a stage wider than a page is cut there. */
const SPLIT_CARD_COST = 100;

/** One column always makes a page, even one wider than the page: a column is never cut. */
const fits = (width: PageWidth, maxWidth: number, from: number, to: number): boolean => to === from + 1 || width(from, to) <= maxWidth;

/**
 * Fill each page, then end it at the last stage gap on it if that keeps at least half of it. Returns
 * the indices of the cuts where pages end (the last is the map's right edge).
 */
export function greedyBreaks(cuts: readonly CutPoint[], width: PageWidth, maxWidth: number): number[] {
  const last = cuts.length - 1;
  const ends: number[] = [];
  let i = 0;
  while (i < last) {
    const start = cuts[i]!.x;
    let end = i + 1;
    let stageEnd = -1;
    for (let j = i + 1; j <= last && fits(width, maxWidth, i, j); j += 1) {
      end = j;
      if (cuts[j]!.stage) stageEnd = j;
    }
    if (stageEnd > i && cuts[stageEnd]!.x - start >= 0.5 * (cuts[end]!.x - start)) end = stageEnd;
    ends.push(end);
    i = end;
  }
  return ends;
}

/**
 * As many pages as `greedyBreaks` makes, with the columns spread evenly over them: the breaks that
 * minimise how far each page's share of the map strays from an equal share (squared, as a fraction
 * of it), plus a cost for every break inside a stage. The loops run in a fixed order, so equal
 * costs resolve the same way on every run.
 */
export function balancedBreaks(cuts: readonly CutPoint[], width: PageWidth, maxWidth: number): number[] {
  const pages = greedyBreaks(cuts, width, maxWidth).length;
  const last = cuts.length - 1;
  if (pages <= 1) return [last];
  const share = (cuts[last]!.x - cuts[0]!.x) / pages;
  const pageCost = (from: number, to: number): number => {
    const off = (cuts[to]!.x - cuts[from]!.x - share) / share;
    return off * off + (cuts[to]!.stage ? 0 : cuts[to]!.splitsCard ? SPLIT_CARD_COST : INSIDE_STAGE_COST);
  };
  // cost[p][j]: the cheapest way to put cuts 0..j on p pages, the last ending at j; from[p][j]: its previous break.
  const cost: number[][] = [cuts.map((_, j) => (j === 0 ? 0 : Infinity))];
  const from: number[][] = [cuts.map(() => -1)];
  for (let p = 1; p <= pages; p += 1) {
    const row = cuts.map(() => Infinity);
    const back = cuts.map(() => -1);
    for (let j = 1; j <= last; j += 1) {
      // A page only gets wider as it starts earlier, so the first start that does not fit ends the search.
      for (let i = j - 1; i >= 0 && fits(width, maxWidth, i, j); i -= 1) {
        const c = cost[p - 1]![i]! + pageCost(i, j);
        if (c < row[j]!) {
          row[j] = c;
          back[j] = i;
        }
      }
    }
    cost.push(row);
    from.push(back);
  }
  const ends: number[] = [];
  for (let p = pages, j = last; p > 0; j = from[p]![j]!, p -= 1) ends.unshift(j);
  return ends;
}
