// The page structure of a map (ScenePaging): its touchpoint columns, where a page may be cut, and
// which parts repeat on every page. Built from the same column geometry the bands were laid out on,
// so a paged back-end follows it instead of reading structure back out of the drawing.
import type { Box, PageCut, PagingColumn, PagingRow, PagingStage, ScenePaging, TextNode } from './scene.js';
import type { Columns } from './columns.js';
import { COL_GAP } from './metrics.js';

export interface PagingInput {
  cols: Columns;
  /** The map's full width: the last cut. */
  width: number;
  headerRow: { y: number; height: number };
  /** Each stage's name on its header bar, by stage index. */
  stageLabels: readonly (TextNode | undefined)[];
  /** The text under each stage's name (average, description), by stage index. */
  stageNotes: readonly (readonly TextNode[] | undefined)[];
  title?: Box;
  lanesTop: number;
  rows: PagingRow[];
  introRight: number;
  notes?: Box;
}

export function scenePaging({ cols, width, headerRow, stageLabels, stageNotes, title, lanesTop, rows, introRight, notes }: PagingInput): ScenePaging {
  // Half a column gap left of the first column: valley bands reach 4 px past their column and stay whole.
  const gutter = cols.left - COL_GAP / 2;
  const columns: PagingColumn[] = cols.columns.map((c) => ({
    x: c.x,
    width: c.width,
    stage: c.stageIndex,
    ...(c.touchpoint ? { touchpoint: c.touchpoint.id } : {}),
  }));
  const stages: PagingStage[] = cols.stages.map((span) => {
    const label = stageLabels[span.index];
    const notes = stageNotes[span.index] ?? [];
    return { id: span.stage.id, x: span.x, width: span.width, ...(label ? { label } : {}), ...(notes.length > 0 ? { notes: [...notes] } : {}) };
  });
  const cuts: PageCut[] = [{ x: gutter, stage: true }];
  for (let i = 1; i < columns.length; i += 1) {
    const prev = columns[i - 1]!;
    const next = columns[i]!;
    const stage = prev.stage !== next.stage;
    const span = cols.stages[prev.stage]!.stage;
    const splitsCard = !stage && span.pains.length + span.opportunities.length > 0;
    cuts.push({ x: (prev.x + prev.width + next.x) / 2, stage, ...(splitsCard ? { splitsCard } : {}) });
  }
  cuts.push({ x: width, stage: true });
  return {
    gutter,
    bodyTop: headerRow.y,
    headerRow,
    ...(title ? { title } : {}),
    lanesTop,
    rows,
    ...(notes ? { notes } : {}),
    introRight,
    stages,
    columns,
    cuts,
  };
}
