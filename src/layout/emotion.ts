// The emotion lane: a grid from the scale's lowest to highest score with a face per level, the
// neutral line, then each series (src/layout/series.ts): its curve, one point per scored touchpoint, and the valley marks.
import type { GroupNode, PathSegment, SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { formatScore, labelled, scoreOnScale } from './context.js';
import { textBlock } from './block.js';
import { monotonePath } from './monotone.js';
import { downTriangle, face } from './shapes.js';
import { scoreColor } from './theme.js';
import type { Theme } from './theme.js';
import { COL_W, FONT } from './metrics.js';
import { deltaMarks } from './baseline.js';
import { laneSeries, seriesData } from './lane-series.js';
import type { CurveSeries, SeriesPoint } from './series.js';

export interface EmotionLane {
  height: number;
  /** Grid, faces, area and curve: drawn under the touchpoint groups. */
  under: SceneNode[];
  /** Point and valley marks per column index (into ctx.cols.columns). */
  perColumn: Map<number, SceneNode[]>;
}

const GRID_TOP = 14;
/** Width the lane label may use, leaving room for the faces and score labels beside the grid. */
export const EMOTION_LABEL_W = 70;

/**
 * The curve cut where touchpoints between two scores have none: one path per run of adjacent scores
 * (a lone score is a run of just its M). `path` is monotonePath's output: M, then one C per segment.
 */
export function scoredRuns(path: readonly PathSegment[], indexes: readonly number[]): PathSegment[][] {
  const runs: PathSegment[][] = [];
  let run: PathSegment[] = [];
  path.forEach((seg, i) => {
    const gap = i > 0 && (indexes[i] ?? 0) - (indexes[i - 1] ?? 0) > 1;
    if (i === 0 || gap) {
      if (run.length) runs.push(run);
      // A new run starts where the gap's segment ends.
      run = seg.op === 'C' ? [{ op: 'M', x: seg.x, y: seg.y }] : [seg];
      return;
    }
    run.push(seg);
  });
  if (run.length) runs.push(run);
  return runs;
}

type Located = { x: number; y: number; p: SeriesPoint };

/** A series' curve: a front one with its area, solid where scores are adjacent and dashed across gaps; a ghost one thin and dashed. */
function curveNodes(ctx: LayoutContext, series: CurveSeries, points: readonly Located[], floorY: number): SceneNode[] {
  const { theme } = ctx;
  const path = monotonePath(points);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return [];
  if (series.layer === 'ghost') {
    return [
      {
        kind: 'path',
        role: series.role,
        segments: path,
        stroke: series.color,
        strokeWidth: 2,
        strokeOpacity: series.opacity,
        ...(series.dash ? { dash: series.dash } : {}),
        lineCap: 'round',
        lineJoin: 'round',
      },
    ];
  }
  // Several personas' areas would pile up into a grey wash: only a map's one curve gets one.
  const out: SceneNode[] =
    series.personaId === undefined
      ? [
          {
            kind: 'path',
            role: 'curve-area',
            segments: [...path, { op: 'L', x: last.x, y: floorY }, { op: 'L', x: first.x, y: floorY }, { op: 'Z' }],
            fill: theme.area,
            fillOpacity: theme.areaOpacity,
          },
        ]
      : [];
  const runs = scoredRuns(
    path,
    points.map((pt) => pt.p.index),
  );
  // A persona's curve keeps its own dash where it is solid, so it reads in greyscale.
  const own = series.dash ? { dash: series.dash } : {};
  if (runs.length === 1) {
    out.push({ kind: 'path', role: series.role, segments: path, stroke: series.color, strokeWidth: 2.5, ...own, lineCap: 'round', lineJoin: 'round' });
  } else {
    // Across touchpoints with no score the curve is only a guess: thin and faint there (dashed, or
    // sparsely dotted for a curve that is dashed already), drawn fully where scores are adjacent.
    out.push({
      kind: 'path',
      role: series.role,
      segments: path,
      stroke: series.color,
      strokeWidth: 1.5,
      strokeOpacity: series.dash ? 0.5 : 0.7,
      dash: series.dash ? [2, 7] : [5, 5],
      lineCap: 'round',
      lineJoin: 'round',
    });
    for (const run of runs.filter((r) => r.length > 1)) {
      out.push({ kind: 'path', role: 'curve-run', segments: run, stroke: series.color, strokeWidth: 2.5, ...own, lineCap: 'round', lineJoin: 'round' });
    }
  }
  return out;
}

/** The ring around a valley's point: thicker and wider (`radii[1]`) at the journey's lowest point. */
export function valleyRing(theme: Theme, x: number, y: number, lowest: boolean, radii: readonly [number, number]): SceneNode {
  return {
    kind: 'circle',
    role: 'valley-ring',
    cx: x,
    cy: y,
    r: lowest ? radii[1] : radii[0],
    fill: theme.surface,
    stroke: theme.valley.stroke,
    strokeWidth: lowest ? 2.5 : 1.5,
  };
}

/** A front series' point, with its valley ring when it is a valley there. */
function frontPoint(ctx: LayoutContext, series: CurveSeries, x: number, py: number, score: number, id: string): SceneNode[] {
  const { journey, theme } = ctx;
  const colour = scoreColor(theme, score, journey.emotionScale);
  const valley = series.valleys.has(id);
  const lowest = series.lowest.has(id);
  const nodes: SceneNode[] = [];
  if (valley) nodes.push(valleyRing(theme, x, py, lowest, [10, 12]));
  // A persona's point is ringed in its curve's colour, so two points at one touchpoint tell whose is whose.
  const ring = series.personaId === undefined ? theme.surface : series.color;
  nodes.push({ kind: 'circle', role: series.pointRole, cx: x, cy: py, r: valley ? 6.5 : 5.5, fill: colour, stroke: ring, strokeWidth: 2 });
  return nodes;
}

const SWATCH_W = 14;

/**
 * The pill under a valley: "Valley −1", or on a map with several personas "Mom: Valley −1" with a
 * sample of the persona's line, so the pill says whose valley it is.
 */
function valleyPill(ctx: LayoutContext, series: CurveSeries, score: number, lowest: boolean): { height: number; place: (x: number, y: number) => SceneNode[] } {
  const { journey, theme, labels, measurer } = ctx;
  const base = `${lowest ? labels.lowest : labels.valley} ${scoreOnScale(score, journey.emotionScale)}`;
  const text = series.personaId === undefined ? base : labelled(journey.locale, series.label, base);
  const swatch = series.personaId === undefined ? 0 : SWATCH_W + 4;
  const style = { size: FONT.small, weight: 'bold' as const, fill: lowest ? theme.valley.onStroke : theme.valley.text, role: 'valley-label' as const };
  const natural = Math.ceil(measurer.width(text, FONT.small, 'bold')) + 1;
  const block = textBlock(measurer, text, Math.min(natural, COL_W - 30 - swatch), style);
  const pillW = block.width + 26 + swatch;
  const pillH = block.height + 6;
  return {
    height: pillH,
    place(cx, top): SceneNode[] {
      const px = cx - pillW / 2;
      const nodes: SceneNode[] = [
        {
          kind: 'rect',
          role: lowest ? 'lowest-label' : 'valley-label-box',
          x: px,
          y: top,
          width: pillW,
          height: pillH,
          radius: Math.min(pillH / 2, 11),
          fill: lowest ? theme.valley.stroke : theme.surface,
          stroke: theme.valley.stroke,
          strokeWidth: 1.2,
        },
        downTriangle(px + 11, top + Math.min(pillH / 2, 11), 8, lowest ? theme.valley.onStroke : theme.valley.stroke, 'valley-marker'),
      ];
      if (swatch > 0) {
        // On the red of a lowest pill the persona's colour would not read: the line is drawn in the pill's text colour there.
        const ly = top + Math.min(pillH / 2, 11);
        nodes.push({
          kind: 'line',
          role: 'legend-mark',
          x1: px + 19,
          y1: ly,
          x2: px + 19 + SWATCH_W,
          y2: ly,
          stroke: lowest ? theme.valley.onStroke : series.color,
          strokeWidth: 2.5,
          ...(series.dash ? { dash: series.dash } : {}),
        });
      }
      nodes.push(...block.place(px + 19 + swatch, top + 3));
      return nodes;
    },
  };
}

export function layoutEmotion(ctx: LayoutContext, top: number, labelHeight: number): EmotionLane {
  const { journey, analysis, theme, measurer, cols } = ctx;
  const [lo, hi] = journey.emotionScale;
  const range = Math.max(1e-9, hi - lo);
  // 18-36 px per point up to ten points; longer scales ([0, 100]) share the height of a ten-point
  // one and are thinned below, so the lane does not grow 18 px per point.
  const step = Math.min(36, Math.max(18, 150 / range), 180 / range);
  const gridTop = top + GRID_TOP;
  const gridH = range * step;
  const y = (score: number): number => gridTop + (hi - score) * step;
  const under: SceneNode[] = [];
  const gridLeft = cols.left - 4;

  // Levels: every integer, thinned on long scales so labels never crowd.
  const every = Math.max(1, Math.ceil(range / 10));
  const faceR = Math.min(8, (step * every) / 2 - 2);
  let neutralDrawn = false;
  for (let s = Math.ceil(lo); s <= hi; s += every) {
    const ly = y(s);
    const isNeutral = Math.abs(s - analysis.neutral) < 1e-9;
    neutralDrawn ||= isNeutral;
    under.push({
      kind: 'line',
      role: isNeutral ? 'neutral-line' : 'grid',
      x1: gridLeft,
      y1: ly,
      x2: cols.right,
      y2: ly,
      stroke: isNeutral ? theme.neutralLine : theme.grid,
      strokeWidth: isNeutral ? 1.5 : 1,
      ...(isNeutral ? {} : { dash: [4, 4] }),
    });
    const label = textBlock(measurer, formatScore(s, [lo, hi]), 26, { size: FONT.small, fill: theme.muted, anchor: 'end' });
    under.push(...label.place(cols.left - 34, ly - label.height / 2));
    under.push(...face(cols.left - 52 - faceR, ly, faceR, (s - analysis.neutral) / (range / 2), theme.surface, theme.muted));
  }
  // A neutral score between levels (2.5 on [1, 4]) or skipped by thinning (7 on [0, 14]) still gets its line.
  if (!neutralDrawn) {
    const ny = y(analysis.neutral);
    under.push({ kind: 'line', role: 'neutral-line', x1: gridLeft, y1: ny, x2: cols.right, y2: ny, stroke: theme.neutralLine, strokeWidth: 1.5 });
  }

  // Every series (ghosts first, so they lie underneath) in its own group marked data-series.
  const deltas = deltaMarks(ctx, y);
  const perColumn = new Map<number, SceneNode[]>();
  const colIndex = new Map(cols.columns.map((c, i) => [c, i]));
  let labelBottom = gridTop + gridH;
  type Pill = { series: CurveSeries; score: number; lowest: boolean };
  /** Per column: each front series' group (by series id), the lowest point's y, the valley pills to place. */
  const columns = new Map<number, { groups: Map<string, GroupNode>; lowestY: number; pills: Pill[] }>();
  const columnOf = (idx: number) => {
    let column = columns.get(idx);
    if (!column) columns.set(idx, (column = { groups: new Map(), lowestY: -Infinity, pills: [] }));
    return column;
  };
  for (const series of laneSeries(ctx)) {
    const points = series.points.flatMap((p) => {
      const col = cols.byTouchpoint.get(p.touchpointId);
      return col ? [{ x: col.cx, y: y(p.score), p, col }] : [];
    });
    const ghost = series.layer === 'ghost';
    const ghostPoints: SceneNode[] = ghost
      ? points.map((pt) => ({
          kind: 'circle',
          role: series.pointRole,
          cx: pt.x,
          cy: pt.y,
          r: 3.5,
          fill: theme.surface,
          stroke: series.color,
          strokeWidth: 1.5,
        }))
      : [];
    under.push({ kind: 'group', role: 'series', data: seriesData(series), children: [...curveNodes(ctx, series, points, y(lo)), ...ghostPoints] });
    if (ghost) continue;
    // A front series' points go with their touchpoint, still in a data-series group.
    for (const pt of points) {
      const idx = colIndex.get(pt.col);
      if (idx === undefined) continue;
      const column = columnOf(idx);
      column.groups.set(series.id, {
        kind: 'group',
        role: 'series',
        data: seriesData(series),
        children: frontPoint(ctx, series, pt.x, pt.y, pt.p.score, pt.p.touchpointId),
      });
      column.lowestY = Math.max(column.lowestY, pt.y);
      if (series.valleys.has(pt.p.touchpointId)) column.pills.push({ series, score: pt.p.score, lowest: series.lowest.has(pt.p.touchpointId) });
    }
  }
  // Valley pills under the lowest point of their column, one under another when several personas
  // have a valley at one touchpoint, so none covers another or a point.
  for (const [idx, column] of columns) {
    const col = cols.columns[idx];
    if (!col) continue;
    let top = column.lowestY + (column.pills.some((p) => p.lowest) ? 17 : 15);
    for (const pill of column.pills) {
      const drawn = valleyPill(ctx, pill.series, pill.score, pill.lowest);
      // In its series' group, so hiding a persona's curve hides its pills too.
      column.groups.get(pill.series.id)?.children.push(...drawn.place(col.cx, top));
      top += drawn.height + 4;
      labelBottom = Math.max(labelBottom, top - 4);
    }
    perColumn.set(idx, [...column.groups.values()]);
  }
  // The change since the baseline, beside this map's points.
  for (const [id, marks] of deltas) {
    const col = cols.byTouchpoint.get(id);
    const idx = col ? colIndex.get(col) : undefined;
    if (idx === undefined || marks.length === 0) continue;
    perColumn.set(idx, [...(perColumn.get(idx) ?? []), ...marks]);
    // A "valley closed" note under a low point must stay inside the lane.
    for (const mark of marks) if (mark.kind === 'text') labelBottom = Math.max(labelBottom, mark.box.y + mark.box.height);
  }
  const height = Math.max(labelHeight, labelBottom + 12 - top);
  return { height, under, perColumn };
}
