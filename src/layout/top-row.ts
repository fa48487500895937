// The row under the title: persona card, "Where it hurts" and the legend, side by side and of equal
// height. The persona card takes the width the map leaves over, up to a readable maximum.
import type { SceneNode, SceneRole } from './scene.js';
import type { LayoutContext } from './context.js';
import type { Block } from './block.js';
import { personaContent } from './persona.js';
import { hurtsContent } from './hurts.js';
import { legendContent, legendStrip } from './legend.js';

const GAP = 16;
const PAD = 16;
const PERSONA_MIN = 420;
/** Past this the persona's lines grow too long to read, and a wide map split onto paper would cut the row. */
const PERSONA_MAX = 900;
const HURTS_W = 360;
const LEGEND_W = 280;

/** The narrowest the row can be; the map is at least this wide. */
export function topRowMinWidth(ctx: LayoutContext, legendOnly = false): number {
  if (legendOnly) return LEGEND_W;
  const persona = ctx.journey.personas[0] ? PERSONA_MIN + GAP : 0;
  return persona + HURTS_W + GAP + LEGEND_W;
}

interface Card {
  width: number;
  content: Block;
  pad: number;
  role: SceneRole;
}

interface Row {
  nodes: SceneNode[];
  height: number;
  /** How wide the row came out (wider than asked when even its narrowest form does not fit). */
  width: number;
}

/**
 * With `legendOnly`, the legend alone (the HTML page shows the persona and the valleys itself). With
 * `wrap` (a sheet of paper, narrower than the row's minimum), the persona takes a row of its own and
 * "where it hurts" and the legend share the next.
 */
export function layoutTopRow(ctx: LayoutContext, x: number, y: number, width: number, legendOnly = false, wrap = false): Row {
  const { journey } = ctx;
  // TODO(personas): every persona's card, side by side.
  const first = journey.personas[0];
  if (wrap && !legendOnly && first && width < topRowMinWidth(ctx)) {
    const personaW = Math.min(PERSONA_MAX, width);
    const persona = placeCards(ctx, [{ width: personaW, content: personaContent(ctx, first, personaW), pad: 0, role: 'persona-card' }], x, y);
    const hurtsW = Math.max(HURTS_W, Math.min(PERSONA_MAX, width - LEGEND_W - GAP));
    const rest = placeCards(
      ctx,
      [
        { width: hurtsW, content: hurtsContent(ctx, hurtsW - PAD * 2), pad: PAD, role: 'hurts-card' },
        { width: LEGEND_W, content: legendContent(ctx, LEGEND_W - PAD * 2), pad: PAD, role: 'legend-card' },
      ],
      x,
      y + persona.height + GAP,
    );
    return { nodes: [...persona.nodes, ...rest.nodes], height: persona.height + GAP + rest.height, width: Math.max(persona.width, rest.width) };
  }
  return sideBySide(ctx, x, y, width, legendOnly);
}

function sideBySide(ctx: LayoutContext, x: number, y: number, width: number, legendOnly: boolean): Row {
  const { journey } = ctx;
  const cards: Card[] = [];
  if (legendOnly) {
    const strip = legendStrip(ctx, width - PAD * 2);
    return placeCards(ctx, [{ width: strip.width + PAD * 2, content: strip, pad: PAD, role: 'legend-card' }], x, y);
  }
  // The first card takes the width the others leave: the persona when there is one, else the valleys.
  const first = journey.personas[0];
  const hurtsW = first ? HURTS_W : Math.min(PERSONA_MAX, width - LEGEND_W - GAP);
  if (first) {
    const w = Math.min(PERSONA_MAX, width - HURTS_W - LEGEND_W - GAP * 2);
    cards.push({ width: w, content: personaContent(ctx, first, w), pad: 0, role: 'persona-card' });
  }
  cards.push({ width: hurtsW, content: hurtsContent(ctx, hurtsW - PAD * 2), pad: PAD, role: 'hurts-card' });
  cards.push({ width: LEGEND_W, content: legendContent(ctx, LEGEND_W - PAD * 2), pad: PAD, role: 'legend-card' });
  return placeCards(ctx, cards, x, y);
}

/** Cards side by side from `x`, all as tall as the tallest. */
function placeCards(ctx: LayoutContext, cards: readonly Card[], x: number, y: number): Row {
  const { theme } = ctx;
  const height = cards.reduce((m, c) => Math.max(m, c.content.height + c.pad * 2), 0);
  const nodes: SceneNode[] = [];
  let cx = x;
  for (const card of cards) {
    nodes.push({ kind: 'rect', role: card.role, x: cx, y, width: card.width, height, radius: 12, fill: theme.surface, stroke: theme.border, strokeWidth: 1 });
    for (const n of card.content.place(cx + card.pad, y + card.pad)) nodes.push(n);
    cx += card.width + GAP;
  }
  return { nodes, height, width: cx - GAP - x };
}
