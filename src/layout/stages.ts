// Stage headers: a coloured bar over each stage's columns with its number and name. All bars share
// the height of the tallest, so a long stage name wraps without breaking the row. A stage's
// description goes under its name, clamped to a few lines (the HTML page has it whole).
import type { SceneNode, TextNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { EMPTY, stack, textBlock } from './block.js';
import { stageAverageText } from './baseline.js';
import { stageColor } from './theme.js';
import { DESCRIPTION_LINES, FONT } from './metrics.js';

const PAD_X = 12;
const PAD_Y = 10;

export interface StageHeaders {
  nodes: SceneNode[];
  height: number;
  /** Each stage's name as drawn on its bar, by stage index (a page that starts inside a stage repeats it). */
  labels: (TextNode | undefined)[];
  /** The text under each stage's name (baseline average, description), by stage index. */
  notes: TextNode[][];
}

export function layoutStageHeaders(ctx: LayoutContext, y: number): StageHeaders {
  const { theme, measurer } = ctx;
  const blocks = ctx.cols.stages.map((span) => {
    const inner = span.width - PAD_X * 2;
    const name = textBlock(measurer, `${span.index + 1}  ${span.stage.name}`, inner, {
      size: FONT.heading - 1,
      weight: 'bold',
      fill: theme.onStage,
      role: 'stage-name',
    });
    // With a baseline, the stage's average before → after under its name, then its description.
    const text = stageAverageText(ctx, span.stage.id);
    const average = text === undefined ? EMPTY : textBlock(measurer, text, inner, { size: FONT.small, fill: theme.onStage, role: 'stage-average' });
    const { description } = span.stage;
    const about = description
      ? textBlock(measurer, description, inner, { size: FONT.small, fill: theme.onStage, role: 'stage-description', maxLines: DESCRIPTION_LINES.stage })
      : EMPTY;
    return { name, all: stack([name, average, about], 4, inner) };
  });
  const height = blocks.reduce((m, b) => Math.max(m, b.all.height + PAD_Y * 2), 36);
  const nodes: SceneNode[] = [];
  const labels: (TextNode | undefined)[] = [];
  const notes: TextNode[][] = [];
  ctx.cols.stages.forEach((span, i) => {
    const block = blocks[i];
    if (!block) return;
    // Names share one baseline row when any stage has a description; otherwise they are centred.
    const top = blocks.some((b) => b.all.height > b.name.height) ? y + PAD_Y : y + (height - block.all.height) / 2;
    const placed = block.all.place(span.x + PAD_X, top);
    const texts = placed.filter((n): n is TextNode => n.kind === 'text');
    labels[span.index] = texts[0];
    notes[span.index] = texts.slice(1);
    nodes.push({ kind: 'rect', role: 'stage-header', x: span.x, y, width: span.width, height, radius: 8, fill: stageColor(theme, span.index) }, ...placed);
  });
  return { nodes, height, labels, notes };
}
