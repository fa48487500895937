// The baseline on the emotion lane: its curve ghosted and dashed in a neutral colour (class
// cjm-baseline-curve), and beside each point of this map the change since then: ▲ +3 / ▼ −1
// (class cjm-delta), or "new" for a touchpoint the baseline did not have.
import type { LayoutContext } from './context.js';
import type { SceneNode } from './scene.js';
import type { CurveSeries } from './series.js';
import { stack, textBlock } from './block.js';
import { FONT } from './metrics.js';
import { rescale } from '../compare/diff.js';
import { curvesOf } from '../analyse/curves.js';
import { formatDelta, scoreDelta } from '../compare/words.js';
import { fill, formatScore } from './context.js';

export function baselineSeries(ctx: LayoutContext): CurveSeries | undefined {
  const baseline = ctx.baseline;
  if (!baseline) return undefined;
  const order = new Map(ctx.cols.columns.flatMap((c, i) => (c.touchpoint ? [[c.touchpoint.id, i] as const] : [])));
  const points = baseline.analysis.curve.flatMap((p) => {
    const index = order.get(p.touchpointId);
    return index === undefined
      ? []
      : [{ touchpointId: p.touchpointId, index, score: rescale(p.emotion, baseline.journey.emotionScale, ctx.journey.emotionScale) }];
  });
  points.sort((a, b) => a.index - b.index);
  const m = ctx.labels.map;
  const [blo, bhi] = baseline.journey.emotionScale;
  const rescaled = blo !== ctx.journey.emotionScale[0] || bhi !== ctx.journey.emotionScale[1];
  const label = `${fill(m.legendBaseline, { title: baseline.journey.title })}${rescaled ? ` ${fill(m.legendRescaled, { lo: blo, hi: bhi })}` : ''}`;
  // The baseline's first curve only (its first persona's, when it has several), as its points are.
  const own = curvesOf(baseline.analysis)[0]?.valleys ?? [];
  const valleys = new Set(own.map((v) => v.touchpointId));
  const lowest = new Set(own.filter((v) => v.lowest).map((v) => v.touchpointId));
  return {
    id: 'baseline',
    label,
    role: 'baseline-curve',
    pointRole: 'baseline-curve-point',
    color: ctx.theme.neutralLine,
    dash: [6, 5],
    opacity: 0.9,
    layer: 'ghost',
    points,
    valleys,
    lowest,
  };
}

/** `▲ +3` beside a changed score, `new` beside a touchpoint the baseline lacks; keyed by touchpoint id. */
export function deltaMarks(ctx: LayoutContext, y: (score: number) => number): Map<string, SceneNode[]> {
  const out = new Map<string, SceneNode[]>();
  const baseline = ctx.baseline;
  if (!baseline) return out;
  const before = new Map(baseline.analysis.curve.map((p) => [p.touchpointId, rescale(p.emotion, baseline.journey.emotionScale, ctx.journey.emotionScale)]));
  const had = new Set(baseline.journey.stages.flatMap((s) => s.touchpoints.map((tp) => tp.id)));
  const closed = new Set(baseline.change.valleys.closed.map((v) => v.touchpointId));
  for (const p of ctx.analysis.curve) {
    const col = ctx.cols.byTouchpoint.get(p.touchpointId);
    if (!col) continue;
    const old = before.get(p.touchpointId);
    const isNew = !had.has(p.touchpointId);
    const text = isNew ? ctx.labels.map.newMark : old === undefined ? '' : formatDelta(p.emotion - old);
    const marks: SceneNode[] = [];
    // A baseline valley that is no longer one: said under the point (no valley pill sits there now).
    if (closed.has(p.touchpointId)) {
      const note = textBlock(ctx.measurer, `✓ ${ctx.labels.map.valleyClosed}`, col.width - 16, {
        size: FONT.small,
        fill: ctx.theme.opportunity.text,
        anchor: 'middle',
        role: 'valley-closed',
      });
      marks.push(...note.place(col.cx - (col.width - 16) / 2, y(p.emotion) + 9));
    }
    out.set(p.touchpointId, marks);
    if (!text) continue;
    const up = old !== undefined && p.emotion > old;
    const fill = isNew ? ctx.theme.muted : up ? ctx.theme.opportunity.text : ctx.theme.pain.text;
    const block = textBlock(ctx.measurer, text, 60, { size: FONT.small, weight: 'bold', fill, role: isNew ? 'new-mark' : 'delta' });
    marks.push(...block.place(col.cx + 10, y(p.emotion) - block.height - 4));
  }
  return out;
}

/** `−0.7 → +0.3  ▲ +1` for a stage header; undefined without a baseline. */
export function stageAverageText(ctx: LayoutContext, stageId: string): string | undefined {
  const change = ctx.baseline?.change;
  const stage = change?.stages.find((s) => s.id === stageId);
  if (!change || !stage) return undefined;
  const show = (n: number | null, scale: readonly [number, number]): string => (n === null ? '–' : formatScore(n, scale));
  const delta = scoreDelta(change, stage.average);
  return `${show(stage.average.from, change.scales.from)} → ${show(stage.average.to, change.scales.to)}${delta === undefined || formatDelta(delta) === '' ? '' : ` ${formatDelta(delta)}`}`;
}

/** The baseline touchpoints this map no longer has, each with its baseline stage and score. */
export function droppedNote(ctx: LayoutContext, x: number, y: number, width: number): { nodes: SceneNode[]; height: number } {
  const change = ctx.baseline?.change;
  const dropped = change?.touchpoints.removed ?? [];
  if (!change || dropped.length === 0) return { nodes: [], height: 0 };
  const stageName = new Map(change.stages.map((s) => [s.id, s.name]));
  const [open, sep, close] = /^(zh|ja)/.test(ctx.journey.locale) ? ['（', '，', '）'] : [' (', ', ', ')'];
  const items = dropped.map(
    (t) => `${t.name}${open}${stageName.get(t.stageId) ?? t.stageId}${t.emotion === null ? '' : `${sep}${formatScore(t.emotion, change.scales.from)}`}${close}`,
  );
  const heading = textBlock(ctx.measurer, ctx.labels.map.dropped, width, { size: FONT.small + 1, weight: 'bold', fill: ctx.theme.text, role: 'dropped-title' });
  const body = textBlock(ctx.measurer, items.join(' · '), width, { size: FONT.small, fill: ctx.theme.muted, role: 'dropped' });
  const block = stack([heading, body], 4, width);
  return { nodes: [{ kind: 'group', role: 'dropped-note', children: block.place(x, y) }], height: block.height };
}
