// Horizontal geometry: one sub-column per touchpoint, grouped into stage spans. A stage with no
// touchpoints still gets one empty column so its header and stage-level cards have room.
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import { COL_GAP, COL_W, LABEL_W, MARGIN, STAGE_GAP } from './metrics.js';

export interface Column {
  x: number;
  width: number;
  /** Centre x, where the emotion point sits. */
  cx: number;
  touchpoint?: Touchpoint;
  stage: Stage;
  stageIndex: number;
  /** Position in journey order, counting every touchpoint (matches CurvePoint.index). */
  index: number;
}

export interface StageSpan {
  stage: Stage;
  index: number;
  x: number;
  width: number;
  columns: Column[];
}

export interface Columns {
  left: number;
  right: number;
  columns: Column[];
  stages: StageSpan[];
  /** Touchpoint id → its column. */
  byTouchpoint: Map<string, Column>;
}

/** `widths`: each column's width by position (paper sheets widen a page's columns to fill it); COL_W when absent. */
export function layoutColumns(journey: Journey, widths?: readonly number[]): Columns {
  const left = MARGIN + LABEL_W;
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
      const width = widths?.[columns.length] ?? COL_W;
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
