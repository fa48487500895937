// The overview: the map cut down to what reads in a docs column (960 px and narrower) at 100% zoom.
// Title and map type, the stage band, touchpoint names, the emotion curve with its valleys marked and
// a one-line legend; no lanes of text. Columns shrink to share the width instead of the text: nothing
// is drawn under FONT.small (11 px). The curve, valley bands and marks are the full map's own code.
import type { Journey, Touchpoint } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Measurer } from '../text/measurer.js';
import type { Scene, SceneNode } from './scene.js';
import type { ThemeName } from './theme.js';
import type { Column, Columns, StageSpan } from './columns.js';
import type { LayoutContext } from './context.js';
import { tableMeasurer } from '../text/index.js';
import { labelsFor } from '../i18n/labels.js';
import { formatScore } from './context.js';
import { textBlock } from './block.js';
import { monotonePath } from './monotone.js';
import { scoredRuns, valleyRing } from './emotion.js';
import { valleyBands } from './valleys.js';
import { mapSeries, seriesData } from './lane-series.js';
import { downTriangle } from './shapes.js';
import { describeJourney, touchpointTooltip } from './describe.js';
import { fontFamilyFor, FONT } from './metrics.js';
import { scoreColor, stageColor, themes } from './theme.js';

/** The width the overview aims to fit: a wide docs column. */
export const OVERVIEW_WIDTH = 960;
const MARGIN = 16;
/** Room for the score labels left of the curve. */
const GUTTER = 34;
const STAGE_GAP = 4;
const COL_GAP = 6;
/** Columns never grow past this (a short map stays compact) nor shrink under MIN_COL (then the overview grows past 960). */
const MAX_COL = 120;
const MIN_COL = 34;
const CURVE_H = 110;

export interface OverviewOptions {
  theme?: ThemeName;
  measurer?: Measurer;
  /** Target width; default OVERVIEW_WIDTH. */
  width?: number;
}

/** Columns that share `inner` px: one per touchpoint (one empty one for a stage without any). */
function overviewColumns(journey: Journey, inner: number): Columns {
  const count = journey.stages.reduce((n, s) => n + Math.max(1, s.touchpoints.length), 0);
  const gaps = (journey.stages.length - 1) * STAGE_GAP + (count - journey.stages.length) * COL_GAP;
  const width = Math.floor(Math.max(MIN_COL, Math.min(MAX_COL, (inner - GUTTER - gaps) / Math.max(1, count))));
  const left = MARGIN + GUTTER;
  const columns: Column[] = [];
  const stages: StageSpan[] = [];
  const byTouchpoint = new Map<string, Column>();
  let x = left;
  let index = 0;
  journey.stages.forEach((stage, stageIndex) => {
    if (stageIndex > 0) x += STAGE_GAP;
    const start = x;
    const own: Column[] = [];
    const tps: (Touchpoint | undefined)[] = stage.touchpoints.length > 0 ? stage.touchpoints : [undefined];
    tps.forEach((tp, i) => {
      if (i > 0) x += COL_GAP;
      const col: Column = { x, width, cx: x + width / 2, stage, stageIndex, index: tp ? index++ : -1 };
      if (tp) {
        col.touchpoint = tp;
        byTouchpoint.set(tp.id, col);
      }
      own.push(col);
      columns.push(col);
      x += width;
    });
    stages.push({ stage, index: stageIndex, x: start, width: x - start, columns: own });
  });
  return { left, right: x, columns, stages, byTouchpoint };
}

/** Title, then the map type (and timescale) in muted text. */
function header(ctx: LayoutContext, y: number, width: number): { nodes: SceneNode[]; height: number } {
  const { journey, theme, labels, measurer } = ctx;
  const title = textBlock(measurer, journey.title, width, { size: FONT.name, weight: 'bold', fill: theme.text, role: 'title' });
  const ts = journey.timescale;
  const timescale = ts === undefined ? '' : typeof ts === 'string' ? ts : `${ts.start} – ${ts.end}`;
  const kind = textBlock(measurer, [labels.mapTypes[journey.type], timescale].filter((s) => s !== '').join(' · '), width, {
    size: FONT.small,
    fill: theme.muted,
    role: 'map-type',
  });
  return { nodes: [...title.place(MARGIN, y), ...kind.place(MARGIN, y + title.height + 2)], height: title.height + 2 + kind.height };
}

/** Stage bars with their names, all as tall as the tallest. */
function stageBand(ctx: LayoutContext, y: number): { nodes: SceneNode[]; height: number } {
  const { theme, measurer, cols } = ctx;
  const blocks = cols.stages.map((span) =>
    textBlock(measurer, span.stage.name, span.width - 8, { size: FONT.small, weight: 'bold', fill: theme.onStage, anchor: 'middle' }),
  );
  const height = blocks.reduce((m, b) => Math.max(m, b.height + 8), 24);
  const nodes: SceneNode[] = [];
  cols.stages.forEach((span, i) => {
    const block = blocks[i]!;
    nodes.push(
      { kind: 'rect', role: 'stage-header', x: span.x, y, width: span.width, height, radius: 4, fill: stageColor(theme, span.index) },
      ...block.place(span.x + 4, y + (height - block.height) / 2),
    );
  });
  return { nodes, height };
}

/** One touchpoint name per column, wrapped to its width. */
function names(ctx: LayoutContext, y: number): { perColumn: Map<number, SceneNode[]>; height: number } {
  const { theme, measurer, cols } = ctx;
  const perColumn = new Map<number, SceneNode[]>();
  let height = 0;
  cols.columns.forEach((col, i) => {
    if (!col.touchpoint) return;
    const block = textBlock(measurer, col.touchpoint.name, col.width - 4, { size: FONT.small, fill: theme.text, anchor: 'middle', role: 'touchpoint-name' });
    perColumn.set(i, block.place(col.x + 2, y));
    height = Math.max(height, block.height);
  });
  return { perColumn, height };
}

/** The curve between `top` and `top + CURVE_H`, its points and valley marks (per column), and the score labels. */
function curve(ctx: LayoutContext, top: number): { under: SceneNode[]; perColumn: Map<number, SceneNode[]>; height: number } {
  const { journey, analysis, theme, measurer, cols } = ctx;
  const [lo, hi] = journey.emotionScale;
  const range = Math.max(1e-9, hi - lo);
  const pad = 14;
  const y = (score: number): number => top + pad + ((hi - score) / range) * (CURVE_H - pad * 2);
  const under: SceneNode[] = [];
  const levels = [...new Set([hi, analysis.neutral, lo])];
  for (const s of levels) {
    const neutral = s === analysis.neutral;
    under.push({
      kind: 'line',
      role: neutral ? 'neutral-line' : 'grid',
      x1: cols.left - 2,
      y1: y(s),
      x2: cols.right,
      y2: y(s),
      stroke: neutral ? theme.neutralLine : theme.grid,
      strokeWidth: neutral ? 1.5 : 1,
      ...(neutral ? {} : { dash: [4, 4] }),
    });
    const label = textBlock(measurer, formatScore(s, [lo, hi]), GUTTER - 6, { size: FONT.small, fill: theme.muted, anchor: 'end' });
    under.push(...label.place(MARGIN, y(s) - label.height / 2));
  }
  // Every curve: the map's one, or one per persona in its colour and dash (lane-series.ts), points
  // and valley marks by that curve's own valleys.
  const perColumn = new Map<number, SceneNode[]>();
  const colIndex = new Map(cols.columns.map((c, i) => [c, i]));
  for (const series of mapSeries(ctx)) {
    const points = series.points.flatMap((p) => {
      const col = cols.byTouchpoint.get(p.touchpointId);
      return col ? [{ x: col.cx, y: y(p.score), p, col }] : [];
    });
    const path = monotonePath(points);
    const curveNodes: SceneNode[] = [];
    const own = series.dash ? { dash: series.dash } : {};
    if (points.length > 1) {
      const runs = scoredRuns(
        path,
        points.map((pt) => pt.p.index),
      );
      const solid = runs.length === 1;
      curveNodes.push({
        kind: 'path',
        role: 'curve',
        segments: path,
        stroke: series.color,
        strokeWidth: solid ? 2.5 : 1.5,
        lineCap: 'round',
        lineJoin: 'round',
        ...(solid ? own : { dash: series.dash ? [2, 7] : [5, 5], strokeOpacity: series.dash ? 0.5 : 0.7 }),
      });
      if (!solid)
        for (const run of runs.filter((r) => r.length > 1))
          curveNodes.push({
            kind: 'path',
            role: 'curve-run',
            segments: run,
            stroke: series.color,
            strokeWidth: 2.5,
            ...own,
            lineCap: 'round',
            lineJoin: 'round',
          });
    }
    // A map's one curve stays as it was drawn before personas; a persona's is grouped and marked.
    if (series.personaId === undefined) under.push(...curveNodes);
    else under.push({ kind: 'group', role: 'series', data: seriesData(series), children: curveNodes });
    for (const { x, y: py, p, col } of points) {
      const valley = series.valleys.has(p.touchpointId);
      const lowest = series.lowest.has(p.touchpointId);
      const nodes: SceneNode[] = [];
      if (valley) nodes.push(valleyRing(theme, x, py, lowest, [8.5, 10]));
      nodes.push({
        kind: 'circle',
        role: 'curve-point',
        cx: x,
        cy: py,
        r: valley ? 5.5 : 4.5,
        fill: scoreColor(theme, p.score, [lo, hi]),
        stroke: series.personaId === undefined ? theme.surface : series.color,
        strokeWidth: 1.5,
      });
      if (valley) nodes.push(downTriangle(x, py + (lowest ? 19 : 17), 10, lowest ? theme.valley.stroke : scoreColor(theme, lo, [lo, hi]), 'valley-marker'));
      const idx = colIndex.get(col)!;
      const marked: SceneNode[] = series.personaId === undefined ? nodes : [{ kind: 'group', role: 'series', data: seriesData(series), children: nodes }];
      perColumn.set(idx, [...(perColumn.get(idx) ?? []), ...marked]);
    }
  }
  // Room under the lowest score for a valley's marker.
  return { under, perColumn, height: CURVE_H + 14 };
}

type Item = [label: string, draw: (x: number, y: number) => SceneNode[]];

/** The legend in one line: point, valley, lowest point, valley column, neutral. Wraps only if the labels cannot fit. */
function legendLine(ctx: LayoutContext, y: number, width: number): { nodes: SceneNode[]; height: number } {
  const { journey, theme, labels, measurer } = ctx;
  const [lo, hi] = journey.emotionScale;
  const items: Item[] = [
    [
      labels.map.legendPoint,
      (x, cy) => [{ kind: 'circle', cx: x + 6, cy, r: 4.5, fill: scoreColor(theme, hi, [lo, hi]), stroke: theme.surface, strokeWidth: 1.5 }],
    ],
    [labels.valley, (x, cy) => [downTriangle(x + 7, cy, 10, scoreColor(theme, lo, [lo, hi]), 'legend-mark')]],
    [labels.lowest, (x, cy) => [{ kind: 'circle', cx: x + 8, cy, r: 7, fill: theme.surface, stroke: theme.valley.stroke, strokeWidth: 2.5 }]],
    [
      labels.map.legendBand,
      (x, cy) => [
        {
          kind: 'rect',
          x,
          y: cy - 7,
          width: 18,
          height: 14,
          radius: 3,
          fill: theme.valley.fill,
          fillOpacity: theme.valley.fillOpacity * 2,
          stroke: theme.valley.stroke,
          strokeWidth: 1.2,
          dash: [4, 3],
        },
      ],
    ],
    [labels.map.legendNeutral, (x, cy) => [{ kind: 'line', x1: x, y1: cy, x2: x + 18, y2: cy, stroke: theme.neutralLine, strokeWidth: 1.5 }]],
    // Each persona's curve, by name, on a map with several.
    ...mapSeries(ctx)
      .filter((s) => s.personaId !== undefined)
      .map(
        (s): Item => [
          s.label,
          (x, cy) => [
            {
              kind: 'group',
              role: 'series',
              data: seriesData(s),
              children: [{ kind: 'line', x1: x, y1: cy, x2: x + 18, y2: cy, stroke: s.color, strokeWidth: 2.5, ...(s.dash ? { dash: s.dash } : {}) }],
            },
          ],
        ],
      ),
  ];
  const SWATCH = 22;
  const GAP = 18;
  const nodes: SceneNode[] = [];
  const rowH = Math.round(FONT.small * 1.45) + 4;
  let x = 0;
  let row = 0;
  for (const [label, draw] of items) {
    const natural = Math.min(width - SWATCH, Math.ceil(measurer.width(label, FONT.small, 'normal')) + 1);
    // One line each (rows have one height): a persona's long name ends in an ellipsis.
    const text = textBlock(measurer, label, natural, { size: FONT.small, fill: theme.text, maxLines: 1 });
    if (x > 0 && x + SWATCH + natural > width) {
      row += 1;
      x = 0;
    }
    const cy = y + row * rowH + rowH / 2;
    nodes.push(...draw(MARGIN + x, cy), ...text.place(MARGIN + x + SWATCH, cy - text.height / 2));
    x += SWATCH + natural + GAP;
  }
  return { nodes, height: (row + 1) * rowH };
}

export function layoutOverview(journey: Journey, analysis: Analysis, options: OverviewOptions = {}): Scene {
  const theme = themes[options.theme ?? 'light'];
  const target = options.width ?? OVERVIEW_WIDTH;
  const cols = overviewColumns(journey, target - MARGIN * 2);
  const width = Math.max(cols.right + MARGIN, Math.min(target, 480));
  const inner = width - MARGIN * 2;
  const ctx: LayoutContext = {
    journey,
    analysis,
    theme,
    labels: labelsFor(journey.locale),
    measurer: options.measurer ?? tableMeasurer,
    cols,
    valleyIds: new Set(analysis.valleys.map((v) => v.touchpointId)),
    lowestIds: new Set(analysis.valleys.filter((v) => v.lowest).map((v) => v.touchpointId)),
  };
  let y = MARGIN;
  const head = header(ctx, y, inner);
  y += head.height + 12;
  const stages = stageBand(ctx, y);
  y += stages.height + 6;
  const bodyTop = y;
  const named = names(ctx, y);
  y += named.height + 4;
  const drawn = curve(ctx, y);
  y += drawn.height;
  const bodyBottom = y;
  y += 10;
  const legend = legendLine(ctx, y, inner);
  y += legend.height;

  const groups: SceneNode[] = [];
  cols.columns.forEach((col, i) => {
    const tp = col.touchpoint;
    if (!tp) return;
    groups.push({
      kind: 'group',
      role: 'touchpoint',
      id: `tp-${tp.id}`,
      data: { touchpoint: tp.id, stage: col.stage.id },
      tooltip: touchpointTooltip(ctx, tp, col.stage),
      children: [...(named.perColumn.get(i) ?? []), ...(drawn.perColumn.get(i) ?? [])],
    });
  });
  return {
    width,
    height: y + MARGIN,
    lang: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(journey.locale) ? journey.locale : 'en',
    title: journey.title,
    description: describeJourney(ctx),
    background: theme.background,
    fontFamily: fontFamilyFor(journey.locale),
    theme: theme.name,
    nodes: [...head.nodes, ...stages.nodes, ...valleyBands(ctx, bodyTop - 2, bodyBottom), ...drawn.under, ...groups, ...legend.nodes],
  };
}
