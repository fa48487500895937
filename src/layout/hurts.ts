// "Where it hurts": the valleys, lowest first, each with its stage and first pain point, so a
// reader sees the worst moments before reading a single column.
import type { Block } from './block.js';
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { fill, scoreOnScale, valleyWords } from './context.js';
import { stack, textBlock } from './block.js';
import { downTriangle } from './shapes.js';
import { FONT } from './metrics.js';

const MAX_LISTED = 5;
const MARK = 18;

export function hurtsContent(ctx: LayoutContext, width: number): Block {
  const { journey, analysis, theme, labels, measurer } = ctx;
  const heading = textBlock(measurer, labels.page.hurts, width, { size: FONT.heading, weight: 'bold', fill: theme.text, role: 'hurts-title' });
  const ordered = [...analysis.valleys].sort((a, b) => a.emotion - b.emotion || a.index - b.index);
  const textW = width - MARK;
  const items: Block[] = ordered.slice(0, MAX_LISTED).map((v) => {
    const col = ctx.cols.byTouchpoint.get(v.touchpointId);
    const tp = col?.touchpoint;
    const stageName = col?.stage.name ?? v.stageId;
    const firstPain = (tp?.pains[0] ?? col?.stage.pains[0])?.text;
    const title = textBlock(measurer, `${scoreOnScale(v.emotion, journey.emotionScale)}  ${tp?.name ?? v.touchpointId}`, textW, {
      size: FONT.body,
      weight: 'bold',
      fill: v.lowest ? theme.valley.text : theme.text,
    });
    const detail = textBlock(measurer, [stageName, firstPain].filter(Boolean).join(' · '), textW, { size: FONT.small, fill: theme.muted });
    const body = stack([title, detail], 2, textW);
    return {
      width,
      height: body.height,
      place(x: number, y: number): SceneNode[] {
        return [downTriangle(x + 6, y + 9, v.lowest ? 12 : 10, theme.valley.stroke, 'hurts-marker'), ...body.place(x + MARK, y)];
      },
    };
  });
  const rest = ordered.length - MAX_LISTED;
  if (rest > 0) items.push(textBlock(measurer, fill(labels.map.more, { n: rest }), width, { size: FONT.small, fill: theme.muted }));
  if (ordered.length === 0)
    items.push(textBlock(measurer, valleyWords(labels, analysis, journey.emotionScale).none, width, { size: FONT.body, fill: theme.muted }));
  return stack([heading, ...items], 10, width);
}
