// The list of series the emotion lane and the legend draw, ghosts first (they go underneath):
// the baseline when there is one, then this map: its one curve, or one per persona.
import type { LayoutContext } from './context.js';
import type { CurveSeries } from './series.js';
import type { CurveAnalysis } from '../analyse/curves.js';
import { curvesOf } from '../analyse/curves.js';
import { baselineSeries } from './baseline.js';
import { personaStyle } from './persona-style.js';

const pointsOf = (ctx: LayoutContext, curve: CurveAnalysis): CurveSeries['points'] =>
  curve.curve.flatMap((p) => (ctx.cols.byTouchpoint.has(p.touchpointId) ? [{ touchpointId: p.touchpointId, score: p.emotion, index: p.index }] : []));

/** This map's own curves: every scored touchpoint, in journey order; one series per persona when it has several. */
export function mapSeries(ctx: LayoutContext): CurveSeries[] {
  const { journey, theme } = ctx;
  return curvesOf(ctx.analysis).map((curve): CurveSeries => {
    const index = curve.personaId === undefined ? -1 : journey.personas.findIndex((p) => p.id === curve.personaId);
    const persona = index >= 0 ? journey.personas[index] : undefined;
    if (!persona) {
      // The map's only curve: the only persona's colour when it sets one, else the theme's.
      const only = journey.personas[0];
      return {
        id: 'map',
        label: ctx.labels.map.legendThisMap,
        role: 'curve',
        pointRole: 'curve-point',
        color: only?.color ? personaStyle(theme, only, 0).color : theme.curve,
        opacity: 1,
        layer: 'front',
        points: pointsOf(ctx, curve),
        valleys: ctx.valleyIds,
        lowest: ctx.lowestIds,
      };
    }
    const style = personaStyle(theme, persona, index);
    return {
      id: `persona-${persona.id}`,
      label: persona.name,
      role: 'curve',
      pointRole: 'curve-point',
      color: style.color,
      ...(style.dash ? { dash: style.dash } : {}),
      opacity: 1,
      layer: 'front',
      points: pointsOf(ctx, curve),
      personaId: persona.id,
      valleys: new Set(curve.valleys.map((v) => v.touchpointId)),
      lowest: new Set(curve.valleys.filter((v) => v.lowest).map((v) => v.touchpointId)),
    };
  });
}

export function laneSeries(ctx: LayoutContext): CurveSeries[] {
  const ghost = baselineSeries(ctx);
  return ghost ? [ghost, ...mapSeries(ctx)] : mapSeries(ctx);
}

/** `data-*` of a series' groups: `data-series`, and `data-persona` for a persona's. */
export const seriesData = (series: Pick<CurveSeries, 'id' | 'personaId'>): Record<string, string> =>
  series.personaId === undefined ? { series: series.id } : { series: series.id, persona: series.personaId };
