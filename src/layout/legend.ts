// The legend: one row per kind of mark, drawn with the same shapes and colours as the map.
import type { Block } from './block.js';
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { stack, textBlock } from './block.js';
import { downTriangle } from './shapes.js';
import { scoreColor } from './theme.js';
import { FONT } from './metrics.js';

const SWATCH = 30;

export function legendContent(ctx: LayoutContext, width: number): Block {
  const { journey, theme, labels, measurer } = ctx;
  const [lo, hi] = journey.emotionScale;
  const m = labels.map;
  const swatches: [string, (x: number, y: number) => SceneNode[]][] = [
    [m.legendPoint, (x, y) => [
      { kind: 'circle', cx: x + 7, cy: y, r: 5, fill: scoreColor(theme, hi, [lo, hi]), stroke: theme.surface, strokeWidth: 1.5 },
      { kind: 'circle', cx: x + 20, cy: y, r: 5, fill: scoreColor(theme, (lo + hi) / 2, [lo, hi]), stroke: theme.surface, strokeWidth: 1.5 },
    ]],
    [m.legendValley, (x, y) => [downTriangle(x + 14, y, 12, scoreColor(theme, lo, [lo, hi]), 'legend-mark', theme.surface)]],
    [m.legendLowest, (x, y) => [
      { kind: 'circle', cx: x + 14, cy: y, r: 9, fill: theme.surface, stroke: theme.valley.stroke, strokeWidth: 2 },
      downTriangle(x + 14, y, 10, scoreColor(theme, lo, [lo, hi]), 'legend-mark'),
    ]],
    [m.legendBand, (x, y) => [{ kind: 'rect', x: x + 2, y: y - 8, width: 24, height: 16, radius: 3, fill: theme.valley.fill, fillOpacity: theme.valley.fillOpacity * 2, stroke: theme.valley.stroke, strokeWidth: 1.2, dash: [4, 3] }]],
    [m.legendPain, (x, y) => [{ kind: 'rect', x: x + 2, y: y - 7, width: 24, height: 14, radius: 4, fill: theme.pain.fill, stroke: theme.pain.stroke, strokeWidth: 1.5, ...(theme.pain.dash ? { dash: theme.pain.dash } : {}) }]],
    [m.legendOpportunity, (x, y) => [{ kind: 'rect', x: x + 2, y: y - 7, width: 24, height: 14, radius: 4, fill: theme.opportunity.fill, stroke: theme.opportunity.stroke, strokeWidth: 1.5 }]],
    [m.legendNeutral, (x, y) => [{ kind: 'line', x1: x + 2, y1: y, x2: x + 26, y2: y, stroke: theme.neutralLine, strokeWidth: 1.5 }]],
  ];
  const rows: Block[] = swatches.map(([label, draw]) => {
    const text = textBlock(measurer, label, width - SWATCH - 6, { size: FONT.small, fill: theme.text });
    return {
      width,
      height: Math.max(16, text.height),
      place: (x: number, y: number): SceneNode[] => [...draw(x, y + 8), ...text.place(x + SWATCH + 6, y + Math.max(0, (16 - text.height) / 2))],
    };
  });
  const heading = textBlock(measurer, m.legend, width, { size: FONT.heading, weight: 'bold', fill: theme.text, role: 'legend-title' });
  return stack([heading, ...rows], 7, width);
}
