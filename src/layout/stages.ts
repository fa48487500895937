// Stage headers: a coloured bar over each stage's columns with its number and name. All bars share
// the height of the tallest, so a long stage name wraps without breaking the row.
import type { SceneNode, TextNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { stack, textBlock } from './block.js';
import { stageAverageText } from './baseline.js';
import { stageColor } from './theme.js';
import { FONT } from './metrics.js';

const PAD_X = 12;
const PAD_Y = 10;

export interface StageHeaders {
  nodes: SceneNode[];
  height: number;
  /** Each stage's name as drawn on its bar, by stage index (a page that starts inside a stage repeats it). */
  labels: (TextNode | undefined)[];
}

export function layoutStageHeaders(ctx: LayoutContext, y: number): StageHeaders {
  const { theme, measurer } = ctx;
  const blocks = ctx.cols.stages.map((span) => {
    const name = textBlock(measurer, `${span.index + 1}  ${span.stage.name}`, span.width - PAD_X * 2, {
      size: FONT.heading - 1, weight: 'bold', fill: theme.onStage,
    });
    // With a baseline, the stage's average before → after under its name.
    const average = stageAverageText(ctx, span.stage.id);
    if (average === undefined) return name;
    return stack([name, textBlock(measurer, average, span.width - PAD_X * 2, { size: FONT.small, fill: theme.onStage, role: 'stage-average' })], 2, span.width - PAD_X * 2);
  });
  const height = blocks.reduce((m, b) => Math.max(m, b.height + PAD_Y * 2), 36);
  const nodes: SceneNode[] = [];
  const labels: (TextNode | undefined)[] = [];
  ctx.cols.stages.forEach((span, i) => {
    const block = blocks[i];
    if (!block) return;
    const placed = block.place(span.x + PAD_X, y + (height - block.height) / 2);
    labels[span.index] = placed.find((n): n is TextNode => n.kind === 'text');
    nodes.push({ kind: 'rect', role: 'stage-header', x: span.x, y, width: span.width, height, radius: 8, fill: stageColor(theme, span.index) }, ...placed);
  });
  return { nodes, height, labels };
}
