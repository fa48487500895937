// The Sources block under the map: every source of `sources:` by its footnote number, with its
// title, kind (in the map's language), size, date and link as text. Entries run down columns of a
// readable width; the card is as wide as its columns, never wider than it is given, so a sheet of
// paper shows it whole.
import type { Source } from '../model/journey.js';
import type { SceneNode } from './scene.js';
import type { Block } from './block.js';
import type { LayoutContext } from './context.js';
import { row, stack, textBlock } from './block.js';
import { shortLink } from '../model/links.js';
import { FONT } from './metrics.js';

const PAD = 16;
const COL_GAP = 24;
const COL_MIN = 280;
const COL_MAX = 440;
const NUMBER_W = 24;
const ENTRY_GAP = 8;

/** "Survey · n = 412 · 2025-04 · example.com/report": everything of a source but its title. */
export function sourceFacts(ctx: Pick<LayoutContext, 'labels'>, source: Source): string {
  const facts = [
    ctx.labels.sources.kinds[source.kind],
    source.n === undefined ? undefined : `n = ${source.n}`,
    source.date,
    source.link && shortLink(source.link),
  ];
  return facts.filter((f): f is string => f !== undefined && f !== '').join(' · ');
}

function entry(ctx: LayoutContext, source: Source, n: number, width: number): Block {
  const { measurer, theme } = ctx;
  const textW = width - NUMBER_W;
  const number = textBlock(measurer, String(n), NUMBER_W - 6, { size: FONT.small, weight: 'bold', fill: theme.muted, role: 'source-number' });
  const text = stack(
    [
      textBlock(measurer, source.title ?? source.id, textW, { size: FONT.small + 1, weight: 'bold', fill: theme.text, role: 'source' }),
      textBlock(measurer, sourceFacts(ctx, source), textW, { size: FONT.small, fill: theme.muted, role: 'source' }),
    ],
    2,
    textW,
  );
  return {
    width,
    height: Math.max(number.height, text.height),
    place: (x, y) => [...number.place(x, y + 1), ...text.place(x + NUMBER_W, y)],
  };
}

/** The Sources card at (x, y), at most `maxWidth` wide; nothing when the map declares no source. */
export function layoutSources(ctx: LayoutContext, x: number, y: number, maxWidth: number): { nodes: SceneNode[]; height: number; width: number } {
  const { journey, theme, measurer, labels } = ctx;
  const sources = journey.sources;
  if (sources.length === 0) return { nodes: [], height: 0, width: 0 };
  const room = Math.max(1, maxWidth - PAD * 2);
  const cols = Math.max(1, Math.min(sources.length, Math.floor((room + COL_GAP) / (COL_MIN + COL_GAP))));
  const colW = Math.floor(Math.min(COL_MAX, (room - COL_GAP * (cols - 1)) / cols));
  const perCol = Math.ceil(sources.length / cols);
  const columns: Block[] = [];
  for (let c = 0; c < cols; c += 1) {
    const slice = sources.slice(c * perCol, (c + 1) * perCol);
    columns.push(
      stack(
        slice.map((s, i) => entry(ctx, s, c * perCol + i + 1, colW)),
        ENTRY_GAP,
        colW,
      ),
    );
  }
  const body = row(columns, colW, COL_GAP);
  const width = Math.min(maxWidth, body.width + PAD * 2);
  const heading = textBlock(measurer, labels.sources.title, width - PAD * 2, { size: FONT.small + 1, weight: 'bold', fill: theme.text, role: 'sources-title' });
  const content = stack([heading, body], 8, width - PAD * 2);
  const height = content.height + PAD * 2;
  const nodes: SceneNode[] = [
    { kind: 'rect', role: 'sources-card', x, y, width, height, radius: 12, fill: theme.surface, stroke: theme.border, strokeWidth: 1 },
    ...content.place(x + PAD, y + PAD),
  ];
  return { nodes: [{ kind: 'group', role: 'sources', children: nodes }], height, width };
}
