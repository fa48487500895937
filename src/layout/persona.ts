// The persona card: avatar with the name's initial, name, description, goals / needs / frustrations, quote.
import type { Persona } from '../model/journey.js';
import type { SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import type { Block } from './block.js';
import { EMPTY, stack, textBlock } from './block.js';
import { quotesFor } from './context.js';
import { FONT } from './metrics.js';

const AVATAR = 56;
const PAD = 18;

/** First user-perceived character, so an emoji or a surrogate pair is never cut in half. */
function initial(name: string): string {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of seg.segment(name.trim())) return segment.toUpperCase();
  return '?';
}

function section(ctx: LayoutContext, heading: string, items: string[], width: number): Block[] {
  if (items.length === 0) return [];
  const { theme, measurer } = ctx;
  return [
    textBlock(measurer, heading, width, { size: FONT.small, weight: 'bold', fill: theme.muted }),
    ...items.map((item) => textBlock(measurer, `• ${item}`, width, { size: FONT.body, fill: theme.text })),
  ];
}

/** The card's content (without its frame), `width` wide; the caller frames it to the row height. */
export function personaContent(ctx: LayoutContext, persona: Persona, width: number): Block {
  const { theme, labels, measurer } = ctx;
  const textW = width - AVATAR - PAD * 3;
  const quoteMarks = quotesFor(ctx.journey.locale);
  const body = stack(
    [
      textBlock(measurer, persona.name, textW, { size: FONT.name, weight: 'bold', fill: theme.text, role: 'persona-name' }),
      textBlock(measurer, persona.description ?? '', textW, { size: FONT.body, fill: theme.muted }),
      ...section(ctx, labels.persona.goals, persona.goals, textW),
      ...section(ctx, labels.persona.needs, persona.needs, textW),
      ...section(ctx, labels.persona.frustrations, persona.frustrations, textW),
      persona.quote ? textBlock(measurer, `${quoteMarks[0]}${persona.quote}${quoteMarks[1]}`, textW, { size: FONT.body, italic: true, fill: theme.muted, role: 'persona-quote' }) : EMPTY,
    ],
    5,
    textW,
  );
  const avatarLetter = textBlock(measurer, initial(persona.name), AVATAR, { size: 22, weight: 'bold', fill: theme.onAvatar, anchor: 'middle' });
  return {
    width,
    height: Math.max(AVATAR, body.height) + PAD * 2,
    place(x, y): SceneNode[] {
      const ax = x + PAD;
      const ay = y + PAD;
      return [
        { kind: 'circle', role: 'avatar', cx: ax + AVATAR / 2, cy: ay + AVATAR / 2, r: AVATAR / 2, fill: theme.avatar },
        ...avatarLetter.place(ax, ay + (AVATAR - avatarLetter.height) / 2),
        ...body.place(ax + AVATAR + PAD, ay),
      ];
    },
  };
}
