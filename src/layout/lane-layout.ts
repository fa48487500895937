// Stacks the lanes top to bottom: a label on the left, one cell per touchpoint column, stage-wide
// cards under them, alternating stripes and separators. A lane is as tall as its tallest cell, so
// nothing in one lane can reach into the next.
import type { PagingRow, SceneNode, TextNode } from './scene.js';
import type { LayoutContext } from './context.js';
import type { Block } from './block.js';
import { stack, textBlock } from './block.js';
import { lanesFor } from './lanes.js';
import { curvesOf } from '../analyse/curves.js';
import { layoutEmotion, EMOTION_LABEL_W } from './emotion.js';
import { CARD_GAP, FONT, LABEL_W, LANE_PAD, MARGIN } from './metrics.js';

export interface LanesResult {
  height: number;
  /** Alternating lane backgrounds: drawn first, under the stage tints and valley bands. */
  stripes: SceneNode[];
  /** Stripes, labels, separators, stage-wide cards and the curve: drawn under the touchpoint groups. */
  under: SceneNode[];
  /** Everything drawn inside one touchpoint column, keyed by index into ctx.cols.columns. */
  perColumn: Map<number, SceneNode[]>;
  /** Each lane's y range, top to bottom: where a sheet may be cut across the map (see ScenePaging.rows). */
  rows: PagingRow[];
}

const LINE_LANE_H = 30;

function laneLabel(ctx: LayoutContext, text: string, width: number): Block {
  return textBlock(ctx.measurer, text, width, { size: FONT.small + 1, weight: 'bold', fill: ctx.theme.muted, role: 'lane-label' });
}

export function layoutLanes(ctx: LayoutContext, top: number): LanesResult {
  const { journey, analysis, theme, labels, cols } = ctx;
  const under: SceneNode[] = [];
  const stripes: SceneNode[] = [];
  const perColumn = new Map<number, SceneNode[]>();
  const add = (i: number, nodes: SceneNode[]): void => {
    perColumn.set(i, [...(perColumn.get(i) ?? []), ...nodes]);
  };
  const labelW = LABEL_W - 16;
  const fullW = cols.right - MARGIN;
  let y = top;
  const rows: PagingRow[] = [];
  lanesFor(
    journey,
    curvesOf(analysis).some((c) => c.curve.length > 0),
  ).forEach((lane, laneIndex) => {
    const laneTop = y;
    if (lane.kind === 'line') {
      // Wrapped to the lane-label column, like the lanes' names: a paper sheet repeats that column, so text past it would be cut.
      const label = textBlock(ctx.measurer, labels.map[lane.key], labelW, { size: FONT.small, fill: theme.muted, role: 'blueprint-line-label' });
      // Under the label, also when it wraps onto two lines.
      const lineY = Math.max(laneTop + LINE_LANE_H / 2 + label.height / 2, laneTop + 7 + label.height);
      under.push(...label.place(MARGIN, laneTop + 4));
      under.push({
        kind: 'line',
        role: 'blueprint-line',
        x1: MARGIN,
        y1: lineY,
        x2: cols.right,
        y2: lineY,
        stroke: theme.neutralLine,
        strokeWidth: 1.5,
        dash: [8, 5],
      });
      y += LINE_LANE_H + label.height / 2;
      rows.push({ y: laneTop, height: y - laneTop, lane: lane.key });
      return;
    }
    if (lane.kind === 'emotion') {
      const label = laneLabel(ctx, labels.lanes.emotion, EMOTION_LABEL_W);
      const emotion = layoutEmotion(ctx, laneTop + LANE_PAD, label.height);
      const height = emotion.height + LANE_PAD * 2;
      if (laneIndex % 2 === 1) stripes.push({ kind: 'rect', role: 'lane-stripe', x: MARGIN, y: laneTop, width: fullW, height, fill: theme.laneStripe });
      under.push(...label.place(MARGIN, laneTop + LANE_PAD));
      // A loop: the curve's nodes grow with the touchpoints, past what a call takes as arguments.
      for (const node of emotion.under) under.push(node);
      for (const [i, nodes] of emotion.perColumn) add(i, nodes);
      y += height;
      rows.push({ y: laneTop, height, emotion: true, lane: lane.key });
      under.push({ kind: 'line', role: 'lane-separator', x1: MARGIN, y1: y, x2: cols.right, y2: y, stroke: theme.grid, strokeWidth: 1 });
      return;
    }
    const cells = cols.columns.map((col) => (col.touchpoint ? lane.cell(ctx, col.touchpoint, col.width) : undefined));
    const stageCells = cols.stages.map((span) => lane.stageCell?.(ctx, span.stage, span.width));
    const label = laneLabel(ctx, lane.key === 'custom' ? (lane.label ?? '') : labels.lanes[lane.key], labelW);
    // reduce, not a spread: one cell per touchpoint, and a map can have more than a call takes arguments.
    const cellsH = cells.reduce((m, c) => Math.max(m, c?.height ?? 0), 0);
    const stageH = stageCells.reduce((m, c) => Math.max(m, c?.height ?? 0), 0);
    const contentH = cellsH + (stageH > 0 ? (cellsH > 0 ? CARD_GAP * 2 : 0) + stageH : 0);
    const height = Math.max(label.height, contentH) + LANE_PAD * 2;
    if (laneIndex % 2 === 1) stripes.push({ kind: 'rect', role: 'lane-stripe', x: MARGIN, y: laneTop, width: fullW, height, fill: theme.laneStripe });
    const placedLabel = label.place(MARGIN, laneTop + LANE_PAD);
    under.push(...placedLabel);
    cells.forEach((cell, i) => {
      const col = cols.columns[i];
      if (cell && col) add(i, cell.place(col.x, laneTop + LANE_PAD));
    });
    const stageTop = laneTop + LANE_PAD + (cellsH > 0 ? cellsH + CARD_GAP * 2 : 0);
    stageCells.forEach((cell, i) => {
      const span = cols.stages[i];
      // A loop, not push(...): a stage-wide cell has a card per item, as many as the spec lists.
      if (cell && span) for (const n of stack([cell], 0, span.width).place(span.x, stageTop)) under.push(n);
    });
    y += height;
    const labelNode = placedLabel.find((n): n is TextNode => n.kind === 'text');
    rows.push({ y: laneTop, height, lane: lane.key, ...(labelNode ? { label: labelNode } : {}) });
    under.push({ kind: 'line', role: 'lane-separator', x1: MARGIN, y1: y, x2: cols.right, y2: y, stroke: theme.grid, strokeWidth: 1 });
  });
  return { height: y - top, stripes, under, perColumn, rows };
}
