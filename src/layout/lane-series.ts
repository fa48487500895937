// The list of series the emotion lane and the legend draw, ghosts first (they go underneath):
// the baseline when there is one, then this map. Personas will add theirs here.
import type { LayoutContext } from './context.js';
import type { CurveSeries } from './series.js';
import { baselineSeries } from './baseline.js';

/** This map's own curve: every scored touchpoint, in journey order. */
export function mapSeries(ctx: LayoutContext): CurveSeries {
  const points = ctx.analysis.curve.flatMap((p) =>
    ctx.cols.byTouchpoint.has(p.touchpointId) ? [{ touchpointId: p.touchpointId, score: p.emotion, index: p.index }] : [],
  );
  return {
    id: 'map',
    label: ctx.labels.map.legendThisMap,
    role: 'curve',
    pointRole: 'curve-point',
    color: ctx.theme.curve,
    opacity: 1,
    layer: 'front',
    points,
    valleys: ctx.valleyIds,
    lowest: ctx.lowestIds,
  };
}

export function laneSeries(ctx: LayoutContext): CurveSeries[] {
  const ghost = baselineSeries(ctx);
  return ghost ? [ghost, mapSeries(ctx)] : [mapSeries(ctx)];
}
