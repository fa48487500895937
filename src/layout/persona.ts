// The persona card: avatar (the persona's photo, else the name's initial), name, description, goals / needs / frustrations, quote.
import type { Persona } from '../model/journey.js';
import type { ImageNode, SceneNode } from './scene.js';
import type { LayoutContext } from './context.js';
import type { Block, TextStyle } from './block.js';
import type { Measurer } from '../text/measurer.js';
import { EMPTY, row, stack, textBlock } from './block.js';
import { quoted } from './context.js';
import { FONT } from './metrics.js';
import { firstGrapheme } from '../text/graphemes.js';
import { onColor } from './persona-style.js';

const AVATAR = 56;
const PAD = 18;

/** First user-perceived character, so an emoji or a surrogate pair is never cut in half. */
function initial(name: string): string {
  return firstGrapheme(name.trim()).toUpperCase() || '?';
}

/** The photo in the avatar's circle when compile read one for this persona, else the name's initial on it. */
function avatarFace(ctx: LayoutContext, persona: Persona, x: number, y: number, accent?: string): SceneNode[] {
  const photo = ctx.photos && Object.hasOwn(ctx.photos, persona.id) ? ctx.photos[persona.id] : undefined;
  if (photo) {
    const image: ImageNode = {
      kind: 'image',
      role: 'avatar-photo',
      id: `avatar-${persona.id}`,
      x,
      y,
      width: AVATAR,
      height: AVATAR,
      ...photo,
      clip: 'circle',
      alt: persona.name,
    };
    return [image];
  }
  const letter = textBlock(ctx.measurer, initial(persona.name), AVATAR, {
    size: 22,
    weight: 'bold',
    fill: accent ? onColor(accent) : ctx.theme.onAvatar,
    anchor: 'middle',
  });
  return letter.place(x, y + (AVATAR - letter.height) / 2);
}

/** Narrowest column that goals, needs and frustrations may each get before they stack instead. */
const MIN_SECTION_W = 220;
const SECTION_GAP = 20;

/** A list item whose wrapped lines start under its first word, not back under the bullet. */
function bulletItem(measurer: Measurer, item: string, width: number, style: TextStyle): Block {
  const indent = Math.ceil(measurer.width('• ', style.size, style.weight) * 100) / 100;
  const bullet = textBlock(measurer, '•', indent, style);
  const text = textBlock(measurer, item, width - indent, style);
  return { width, height: text.height, place: (x, y) => [...bullet.place(x, y), ...text.place(x + indent, y)] };
}

function section(ctx: LayoutContext, heading: string, items: string[], width: number): Block {
  if (items.length === 0) return EMPTY;
  const { theme, measurer } = ctx;
  return stack(
    [
      textBlock(measurer, heading, width, { size: FONT.small, weight: 'bold', fill: theme.muted }),
      ...items.map((item) => bulletItem(measurer, item, width, { size: FONT.body, fill: theme.text })),
    ],
    5,
    width,
  );
}

/** Goals, needs and frustrations: side by side when the card is wide enough, else one under another. */
function sections(ctx: LayoutContext, persona: Persona, width: number): Block {
  const { labels } = ctx;
  const lists: [string, string[]][] = [
    [labels.persona.goals, persona.goals],
    [labels.persona.needs, persona.needs],
    [labels.persona.frustrations, persona.frustrations],
  ].filter((entry): entry is [string, string[]] => (entry[1] as string[]).length > 0);
  const n = lists.length;
  const colW = n > 0 ? (width - SECTION_GAP * (n - 1)) / n : width;
  if (n > 1 && colW >= MIN_SECTION_W)
    return row(
      lists.map(([h, items]) => section(ctx, h, items, colW)),
      colW,
      SECTION_GAP,
    );
  return stack(
    lists.map(([h, items]) => section(ctx, h, items, width)),
    5,
    width,
  );
}

/**
 * The card's content (without its frame), `width` wide; the caller frames it to the row height.
 * `accent`: the persona's curve colour, for the avatar (a map with several personas, or one with its own colour).
 */
export function personaContent(ctx: LayoutContext, persona: Persona, width: number, accent?: string): Block {
  const { theme, measurer } = ctx;
  const textW = width - AVATAR - PAD * 3;
  const body = stack(
    [
      textBlock(measurer, persona.name, textW, { size: FONT.name, weight: 'bold', fill: theme.text, role: 'persona-name' }),
      textBlock(measurer, persona.description ?? '', textW, { size: FONT.body, fill: theme.muted }),
      sections(ctx, persona, textW),
      persona.quote
        ? textBlock(measurer, quoted(persona.quote, ctx.journey.locale), textW, { size: FONT.body, italic: true, fill: theme.muted, role: 'persona-quote' })
        : EMPTY,
    ],
    8,
    textW,
  );
  return {
    width,
    height: Math.max(AVATAR, body.height) + PAD * 2,
    place(x, y): SceneNode[] {
      const ax = x + PAD;
      const ay = y + PAD;
      // One group, so back-ends can treat the persona as a unit (the PDF tags it as a section).
      const children: SceneNode[] = [
        { kind: 'circle', role: 'avatar', cx: ax + AVATAR / 2, cy: ay + AVATAR / 2, r: AVATAR / 2, fill: accent ?? theme.avatar },
        ...avatarFace(ctx, persona, ax, ay, accent),
        ...body.place(ax + AVATAR + PAD, ay),
      ];
      return [{ kind: 'group', role: 'persona', children }];
    },
  };
}
