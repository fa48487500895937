// "Where it hurts": the valleys, lowest first, each with its stage and first pain point, so a
// reader sees the worst moments before reading a single column. On a map with several personas,
// grouped by persona.
import type { Block } from './block.js';
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { fill, scoreOnScale, valleyWords } from './context.js';
import { stack, textBlock } from './block.js';
import { downTriangle } from './shapes.js';
import { FONT } from './metrics.js';
import type { Valley } from '../analyse/analysis.js';
import type { CurveSeries } from './series.js';
import { mapSeries } from './lane-series.js';

const MAX_LISTED = 5;
const MARK = 18;

/** One valley: its score and touchpoint, then its stage and first pain. */
function valleyItem(ctx: LayoutContext, v: Valley, width: number): Block {
  const { journey, theme, measurer } = ctx;
  const textW = width - MARK;
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
}

/** A persona's heading in the card: a sample of its curve, then its name. */
function personaHeading(ctx: LayoutContext, series: CurveSeries, width: number): Block {
  const name = textBlock(ctx.measurer, series.label, width - MARK - 8, { size: FONT.small + 1, weight: 'bold', fill: ctx.theme.text, role: 'hurts-persona' });
  return {
    width,
    height: Math.max(14, name.height),
    place: (x, y) => [
      {
        kind: 'line',
        role: 'legend-mark',
        x1: x,
        y1: y + name.height / 2,
        x2: x + MARK + 4,
        y2: y + name.height / 2,
        stroke: series.color,
        strokeWidth: 2.5,
        ...(series.dash ? { dash: series.dash } : {}),
      },
      ...name.place(x + MARK + 8, y),
    ],
  };
}

const lowestFirst = (a: Valley, b: Valley): number => a.emotion - b.emotion || a.index - b.index;

export function hurtsContent(ctx: LayoutContext, width: number): Block {
  const { journey, analysis, theme, labels, measurer } = ctx;
  const heading = textBlock(measurer, labels.page.hurts, width, { size: FONT.heading, weight: 'bold', fill: theme.text, role: 'hurts-title' });
  const more = (n: number): Block => textBlock(measurer, fill(labels.map.more, { n }), width, { size: FONT.small, fill: theme.muted });
  const items: Block[] = [];
  if (analysis.valleys.length === 0)
    items.push(textBlock(measurer, valleyWords(labels, analysis, journey.emotionScale).none, width, { size: FONT.body, fill: theme.muted }));
  const personas = mapSeries(ctx).filter((s) => s.personaId !== undefined);
  if (personas.length === 0) {
    const ordered = [...analysis.valleys].sort(lowestFirst);
    items.push(...ordered.slice(0, MAX_LISTED).map((v) => valleyItem(ctx, v, width)));
    if (ordered.length > MAX_LISTED) items.push(more(ordered.length - MAX_LISTED));
    return stack([heading, ...items], 10, width);
  }
  // Grouped by persona, each under its name and curve sample; the card lists as many valleys in
  // all as it would for one curve, shared out among the personas that have any.
  const groups = personas.map((s) => ({ series: s, valleys: analysis.valleys.filter((v) => v.personaId === s.personaId).sort(lowestFirst) }));
  const withValleys = groups.filter((g) => g.valleys.length > 0);
  const each = Math.max(1, Math.floor(MAX_LISTED / Math.max(1, withValleys.length)));
  for (const { series, valleys } of withValleys) {
    const listed = valleys.slice(0, each).map((v) => valleyItem(ctx, v, width));
    if (valleys.length > each) listed.push(more(valleys.length - each));
    items.push(stack([personaHeading(ctx, series, width), ...listed], 6, width));
  }
  return stack([heading, ...items], 10, width);
}
