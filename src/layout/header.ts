// Top band: the title, and a pill with the localised map type and the timescale.
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { textBlock } from './block.js';
import { FONT } from './metrics.js';

export function layoutHeader(ctx: LayoutContext, x: number, y: number, width: number): { nodes: SceneNode[]; height: number } {
  const { journey, theme, labels, measurer } = ctx;
  const title = textBlock(measurer, journey.title, width, { size: FONT.title, weight: 'bold', fill: theme.text, role: 'title' });
  const ts = journey.timescale;
  const timescale = ts === undefined ? '' : typeof ts === 'string' ? ts : `${ts.start} – ${ts.end}`;
  const pillText = [labels.mapTypes[journey.type], timescale].filter((s) => s !== '').join(' · ');
  const padX = 12;
  const natural = measurer.width(pillText, FONT.small, 'normal');
  const inner = textBlock(measurer, pillText, Math.min(width - padX * 2, Math.ceil(natural) + 1), { size: FONT.small, fill: theme.muted });
  const pillY = y + title.height + 8;
  const pillH = inner.height + 8;
  const nodes: SceneNode[] = [
    ...title.place(x, y),
    {
      kind: 'rect',
      role: 'map-type',
      x,
      y: pillY,
      width: inner.width + padX * 2,
      height: pillH,
      radius: pillH / 2,
      fill: theme.surface,
      stroke: theme.border,
      strokeWidth: 1,
    },
    ...inner.place(x + padX, pillY + 4),
  ];
  return { nodes, height: title.height + 8 + pillH };
}
