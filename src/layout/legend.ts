// The legend: one row per kind of mark, drawn with the same shapes and colours as the map.
import type { Block } from './block.js';
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import { stack, textBlock } from './block.js';
import { downTriangle } from './shapes.js';
import { scoreColor } from './theme.js';
import { FONT } from './metrics.js';
import { laneSeries, seriesData } from './lane-series.js';
import { valleyWords } from './context.js';

const SWATCH = 30;

/** Label, sample drawn centred vertically on y, and the `data-*` of the series the row names (its row is then marked so). */
type Swatch = [string, (x: number, y: number) => SceneNode[], Record<string, string>?];

const ofSeries = (data: Record<string, string> | undefined, nodes: SceneNode[]): SceneNode[] =>
  data ? [{ kind: 'group', role: 'series', data, children: nodes }] : nodes;

/** One entry per kind of mark: its label, and how to draw its sample centred vertically on y. */
function swatches(ctx: LayoutContext): Swatch[] {
  const { journey, theme, labels } = ctx;
  const [lo, hi] = journey.emotionScale;
  const m = labels.map;
  // The valley entries explain red marks; a map with no valley has none, so they would only alarm.
  const hasValleys = ctx.analysis.valleys.length > 0;
  const all: (Swatch | false)[] = [
    [
      m.legendPoint,
      (x, y) => [
        { kind: 'circle', cx: x + 7, cy: y, r: 5, fill: scoreColor(theme, hi, [lo, hi]), stroke: theme.surface, strokeWidth: 1.5 },
        { kind: 'circle', cx: x + 20, cy: y, r: 5, fill: scoreColor(theme, (lo + hi) / 2, [lo, hi]), stroke: theme.surface, strokeWidth: 1.5 },
      ],
    ],
    hasValleys && [
      valleyWords(labels, ctx.analysis, [lo, hi]).legend,
      (x, y) => [downTriangle(x + 14, y, 12, scoreColor(theme, lo, [lo, hi]), 'legend-mark', theme.surface)],
    ],
    hasValleys && [
      m.legendLowest,
      (x, y) => [
        { kind: 'circle', cx: x + 14, cy: y, r: 9, fill: theme.surface, stroke: theme.valley.stroke, strokeWidth: 2 },
        downTriangle(x + 14, y, 10, scoreColor(theme, lo, [lo, hi]), 'legend-mark'),
      ],
    ],
    hasValleys && [
      m.legendBand,
      (x, y) => [
        {
          kind: 'rect',
          x: x + 2,
          y: y - 8,
          width: 24,
          height: 16,
          radius: 3,
          fill: theme.valley.fill,
          fillOpacity: theme.valley.fillOpacity * 2,
          stroke: theme.valley.stroke,
          strokeWidth: 1.2,
          dash: [4, 3],
        },
      ],
    ],
    [
      m.legendPain,
      (x, y) => [
        {
          kind: 'rect',
          x: x + 2,
          y: y - 7,
          width: 24,
          height: 14,
          radius: 4,
          fill: theme.pain.fill,
          stroke: theme.pain.stroke,
          strokeWidth: 1.5,
          ...(theme.pain.dash ? { dash: theme.pain.dash } : {}),
        },
      ],
    ],
    [
      m.legendOpportunity,
      (x, y) => [
        {
          kind: 'rect',
          x: x + 2,
          y: y - 7,
          width: 24,
          height: 14,
          radius: 4,
          fill: theme.opportunity.fill,
          stroke: theme.opportunity.stroke,
          strokeWidth: 1.5,
        },
      ],
    ],
    [m.legendNeutral, (x, y) => [{ kind: 'line', x1: x + 2, y1: y, x2: x + 26, y2: y, stroke: theme.neutralLine, strokeWidth: 1.5 }]],
    ...seriesSwatches(ctx),
  ];
  return all.filter((s): s is Swatch => s !== false);
}

/**
 * With more than one series (a baseline, several personas), one entry per curve, drawn as its series
 * draws it (a persona's entry names the persona), then the deltas when there is a baseline.
 */
function seriesSwatches(ctx: LayoutContext): Swatch[] {
  // This map first: the lane lists ghosts first only because they are drawn underneath.
  const all = laneSeries(ctx);
  const series = [...all.filter((s) => s.layer !== 'ghost'), ...all.filter((s) => s.layer === 'ghost')];
  if (series.length < 2) return [];
  const { theme } = ctx;
  const deltas: Swatch[] = series.some((s) => s.id === 'baseline')
    ? [
        [
          ctx.labels.map.legendDelta,
          (x, y) => textBlock(ctx.measurer, '▲ +1', SWATCH, { size: FONT.small, weight: 'bold', fill: theme.opportunity.text }).place(x, y - 8),
          { series: 'baseline' },
        ],
      ]
    : [];
  return [
    ...series.map(
      (s): Swatch => [
        s.label,
        (x, y) => [
          {
            kind: 'line',
            ...(s.layer === 'ghost' ? { role: 'legend-baseline' as const } : {}),
            x1: x + 2,
            y1: y,
            x2: x + 26,
            y2: y,
            stroke: s.color,
            strokeWidth: s.layer === 'ghost' ? 2 : 2.5,
            ...(s.dash ? { dash: s.dash } : {}),
          },
        ],
        seriesData(s),
      ],
    ),
    ...deltas,
  ];
}

/** The legend as a card's content: a heading, then one row per mark. */
export function legendContent(ctx: LayoutContext, width: number): Block {
  const { theme, labels, measurer } = ctx;
  const m = labels.map;
  const rows: Block[] = swatches(ctx).map(([label, draw, series]) => {
    const text = textBlock(measurer, label, width - SWATCH - 6, { size: FONT.small, fill: theme.text });
    return {
      width,
      height: Math.max(16, text.height),
      place: (x: number, y: number): SceneNode[] =>
        ofSeries(series, [...draw(x, y + 8), ...text.place(x + SWATCH + 6, y + Math.max(0, (16 - text.height) / 2))]),
    };
  });
  const heading = textBlock(measurer, m.legend, width, { size: FONT.heading, weight: 'bold', fill: theme.text, role: 'legend-title' });
  return stack([heading, ...rows], 7, width);
}

const STRIP_GAP = 22;

/** The legend in one band `width` wide: the heading, then the marks side by side, wrapping as needed. */
export function legendStrip(ctx: LayoutContext, width: number): Block {
  const { theme, labels, measurer } = ctx;
  const natural = (t: string, size: number = FONT.small, weight: 'normal' | 'bold' = 'normal'): number => Math.ceil(measurer.width(t, size, weight)) + 1;
  const headingW = Math.min(width, natural(labels.map.legend, FONT.small + 1, 'bold'));
  const heading = textBlock(measurer, labels.map.legend, headingW, { size: FONT.small + 1, weight: 'bold', fill: theme.text, role: 'legend-title' });
  const items = swatches(ctx).map(([label, draw, series]) => {
    const text = textBlock(measurer, label, Math.min(natural(label), width - SWATCH - 6), { size: FONT.small, fill: theme.text });
    return { width: SWATCH + 6 + text.width, height: Math.max(16, text.height), draw, text, series };
  });
  const headW = Math.min(width, headingW + STRIP_GAP);
  // Greedy rows: the heading starts the first row.
  const placed: { x: number; row: number; item: (typeof items)[number] }[] = [];
  let x = headW;
  let row = 0;
  let used = headW;
  for (const item of items) {
    if (x > 0 && x + item.width > width) {
      row += 1;
      x = 0;
    }
    placed.push({ x, row, item });
    used = Math.max(used, x + item.width);
    x += item.width + STRIP_GAP;
  }
  const rowH = items.reduce((m, i) => Math.max(m, i.height), heading.height) + 6;
  return {
    /** As wide as its widest row, so a card around it fits it. */
    width: Math.ceil(used),
    height: (row + 1) * rowH - 6,
    place(px, py): SceneNode[] {
      const out: SceneNode[] = [...heading.place(px, py + (rowH - 6 - heading.height) / 2)];
      for (const { x: ix, row: r, item } of placed) {
        const top = py + r * rowH;
        const mid = top + (rowH - 6) / 2;
        out.push(...ofSeries(item.series, [...item.draw(px + ix, mid), ...item.text.place(px + ix + SWATCH + 6, mid - item.text.height / 2)]));
      }
      return out;
    },
  };
}
