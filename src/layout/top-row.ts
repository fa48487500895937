// The row under the title: persona card(s), "Where it hurts" and the legend, side by side and of equal
// height. The persona card takes the width the map leaves over, up to a readable maximum; several
// personas' cards share it, or take rows of their own when they would be too narrow.
import type { SceneNode, SceneRole } from './scene.js';
import type { LayoutContext } from './context.js';
import type { Block } from './block.js';
import type { Persona } from '../model/journey.js';
import type { PersonaStyle } from './persona-style.js';
import { personaStyle, personaStyles } from './persona-style.js';
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

/** A persona card among several is never narrower than this (its sections stack under one another). */
const PERSONAS_MIN = 340;

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
  /** A persona's colour and dash, drawn along the card's top edge (on a map with several personas). */
  accent?: PersonaStyle;
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
 * "where it hurts" and the legend share the next. Several personas sit side by side, beside the other
 * two cards when all fit, else in rows of their own above them.
 */
export function layoutTopRow(ctx: LayoutContext, x: number, y: number, width: number, legendOnly = false, wrap = false): Row {
  const { journey } = ctx;
  if (!legendOnly && journey.personas.length > 1) return severalPersonas(ctx, x, y, width);
  const first = journey.personas[0];
  if (wrap && !legendOnly && first && width < topRowMinWidth(ctx)) {
    const personaW = Math.min(PERSONA_MAX, width);
    const persona = placeCards(
      ctx,
      [{ width: personaW, content: personaContent(ctx, first, personaW, ownColor(ctx, first)), pad: 0, role: 'persona-card' }],
      x,
      y,
    );
    const rest = placeCards(ctx, sideCards(ctx, width), x, y + persona.height + GAP);
    return { nodes: [...persona.nodes, ...rest.nodes], height: persona.height + GAP + rest.height, width: Math.max(persona.width, rest.width) };
  }
  return sideBySide(ctx, x, y, width, legendOnly);
}

/** "Where it hurts" (taking what the legend leaves, up to a readable width) and the legend, for a row of their own. */
function sideCards(ctx: LayoutContext, width: number): Card[] {
  const hurtsW = Math.max(HURTS_W, Math.min(PERSONA_MAX, width - LEGEND_W - GAP));
  return [
    { width: hurtsW, content: hurtsContent(ctx, hurtsW - PAD * 2), pad: PAD, role: 'hurts-card' },
    { width: LEGEND_W, content: legendContent(ctx, LEGEND_W - PAD * 2), pad: PAD, role: 'legend-card' },
  ];
}

/** A lone persona's own colour, when it sets one: it colours the avatar as it colours the curve. */
const ownColor = (ctx: LayoutContext, persona: Persona): string | undefined => (persona.color ? personaStyle(ctx.theme, persona, 0).color : undefined);

function personaCards(ctx: LayoutContext, personas: readonly Persona[], cardW: number): Card[] {
  const styles = personaStyles(ctx.theme, ctx.journey.personas);
  return personas.map((p) => {
    const accent = styles.get(p.id);
    return { width: cardW, content: personaContent(ctx, p, cardW, accent?.color), pad: 0, role: 'persona-card', ...(accent ? { accent } : {}) };
  });
}

/**
 * Every persona's card, each in its colour: all in one row with "where it hurts" and the legend when
 * each card still gets PERSONAS_MIN, else as many per row as fit (sharing the row), then the other two.
 */
function severalPersonas(ctx: LayoutContext, x: number, y: number, width: number): Row {
  const personas = ctx.journey.personas;
  const n = personas.length;
  const beside = width - HURTS_W - LEGEND_W - GAP * 2;
  const oneRowW = (beside - GAP * (n - 1)) / n;
  if (oneRowW >= PERSONAS_MIN) {
    const cardW = Math.floor(Math.min(PERSONA_MAX, oneRowW));
    return placeCards(
      ctx,
      [
        ...personaCards(ctx, personas, cardW),
        { width: HURTS_W, content: hurtsContent(ctx, HURTS_W - PAD * 2), pad: PAD, role: 'hurts-card' },
        { width: LEGEND_W, content: legendContent(ctx, LEGEND_W - PAD * 2), pad: PAD, role: 'legend-card' },
      ],
      x,
      y,
    );
  }
  const perRow = Math.max(1, Math.min(n, Math.floor((width + GAP) / (PERSONAS_MIN + GAP))));
  // Rows as even as they can be (5 over two rows: 3 and 2, not 4 and 1), cards sharing the width.
  const rows = Math.ceil(n / perRow);
  const inRow = Math.ceil(n / rows);
  const cardW = Math.floor(Math.max(PERSONAS_MIN, Math.min(PERSONA_MAX, (width - GAP * (inRow - 1)) / inRow)));
  const nodes: SceneNode[] = [];
  let top = y;
  let used = 0;
  for (let i = 0; i < n; i += inRow) {
    const row = placeCards(ctx, personaCards(ctx, personas.slice(i, i + inRow), cardW), x, top);
    nodes.push(...row.nodes);
    top += row.height + GAP;
    used = Math.max(used, row.width);
  }
  const rest = placeCards(ctx, sideCards(ctx, width), x, top);
  nodes.push(...rest.nodes);
  return { nodes, height: top + rest.height - y, width: Math.max(used, rest.width) };
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
    cards.push({ width: w, content: personaContent(ctx, first, w, ownColor(ctx, first)), pad: 0, role: 'persona-card' });
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
    if (card.accent)
      nodes.push({
        kind: 'line',
        role: 'persona-accent',
        x1: cx + 14,
        y1: y + 5,
        x2: cx + card.width - 14,
        y2: y + 5,
        stroke: card.accent.color,
        strokeWidth: 4,
        ...(card.accent.dash ? { dash: card.accent.dash } : {}),
      });
    for (const n of card.content.place(cx + card.pad, y + card.pad)) nodes.push(n);
    cx += card.width + GAP;
  }
  return { nodes, height, width: cx - GAP - x };
}
