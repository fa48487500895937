// The blocks that fill one lane cell: touchpoint cards, plain text, pain and opportunity cards.
import type { Opportunity, Pain, Touchpoint } from '../model/journey.js';
import type { SceneNode, SceneRole } from './scene.js';
import type { Block } from './block.js';
import type { LayoutContext } from './context.js';
import { EMPTY, card, stack, textBlock } from './block.js';
import { labelled } from './context.js';
import { channelColor } from './theme.js';
import { channelIcon, drawChannelIcon } from './channel-icons.js';
import { CARD_GAP, DESCRIPTION_LINES, FONT } from './metrics.js';
import { channelLabelOf } from '../i18n/channels.js';
import type { ItemKind } from './items.js';
import { citedBy, footnoted, itemCard } from './items.js';

/** A channel pill: tinted with the channel's colour, text in the theme's text colour for contrast. */
function channelPill(ctx: LayoutContext, channelId: string, maxWidth: number): Block {
  const { theme, measurer, journey } = ctx;
  const declared = journey.channels.find((c) => c.id === channelId);
  const colour = channelColor(theme, channelId, declared?.color);
  const label = channelLabelOf(journey, channelId);
  const icon = channelIcon(channelId, declared?.label);
  const lead = 19;
  const padR = 9;
  const natural = Math.ceil(measurer.width(label, FONT.small, 'normal')) + 1;
  const text = textBlock(measurer, label, Math.min(natural, maxWidth - lead - padR), { size: FONT.small, fill: theme.text });
  const width = text.width + lead + padR;
  const height = text.height + 6;
  return {
    width,
    height,
    place(x, y): SceneNode[] {
      return [
        {
          kind: 'rect',
          role: 'channel',
          x,
          y,
          width,
          height,
          radius: Math.min(height / 2, 11),
          fill: colour,
          fillOpacity: 0.14,
          stroke: colour,
          strokeWidth: 1,
        },
        ...drawChannelIcon(icon, x + 10, y + Math.min(height / 2, 11), colour),
        ...text.place(x + lead, y + 3),
      ];
    },
  };
}

export function touchpointCard(ctx: LayoutContext, tp: Touchpoint, width: number): Block {
  const { theme, measurer, labels } = ctx;
  const inner = width - 20;
  const metrics = Object.entries(tp.metrics ?? {}).map(([k, v]) =>
    textBlock(measurer, labelled(ctx.journey.locale, k, String(v)), inner, { size: FONT.small, weight: 'bold', fill: theme.text, role: 'metric' }),
  );
  const meta = [tp.when, tp.owner ? labelled(ctx.journey.locale, labels.lanes.owner, tp.owner) : undefined].filter((s): s is string => !!s);
  const body = stack(
    [
      footnoted(ctx, tp.name, inner, { size: FONT.cardTitle, weight: 'bold', fill: theme.text, role: 'touchpoint-name' }, citedBy(ctx, tp.evidence)),
      tp.description
        ? textBlock(measurer, tp.description, inner, {
            size: FONT.small,
            fill: theme.muted,
            role: 'touchpoint-description',
            maxLines: DESCRIPTION_LINES.touchpoint,
          })
        : EMPTY,
      tp.channel ? channelPill(ctx, tp.channel, inner) : EMPTY,
      ...meta.map((s) => textBlock(measurer, s, inner, { size: FONT.small, fill: theme.muted })),
      ...metrics,
    ],
    6,
    inner,
  );
  return card(body, width, { role: 'touchpoint-card', fill: theme.surface, stroke: ctx.valleyIds.has(tp.id) ? theme.valley.stroke : theme.border, pad: 10 });
}

/** Plain wrapped text in a cell, inset a little from the column edges. */
export function textCell(ctx: LayoutContext, text: string, width: number, role: SceneRole, italic = false): Block {
  const { theme, measurer } = ctx;
  const b = textBlock(measurer, text, width - 8, { size: FONT.body, fill: italic ? theme.muted : theme.text, italic, role });
  return { width, height: b.height, place: (x, y) => b.place(x + 4, y) };
}

/** Pain or opportunity cards, one per item; `emphasis` marks the pains of a valley column. */
export function itemCards(ctx: LayoutContext, items: readonly (Pain | Opportunity)[], width: number, kind: ItemKind, emphasis: boolean): Block {
  return stack(
    items.map((item) => itemCard(ctx, item, width, kind, emphasis)),
    CARD_GAP,
    width,
  );
}

/** Pains or opportunities of a whole stage, spanning its columns under a caption that says so. */
export function stageItems(ctx: LayoutContext, items: readonly (Pain | Opportunity)[], width: number, kind: ItemKind): Block {
  const caption = textBlock(ctx.measurer, ctx.labels.map.stageWide, width, { size: FONT.small, weight: 'bold', fill: ctx.theme.muted, role: 'stage-wide' });
  return stack([caption, itemCards(ctx, items, width, kind, false)], 4, width);
}
