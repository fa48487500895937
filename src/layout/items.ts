// Pains and opportunities with weight: a card per item whose emphasis follows its severity (pains)
// or status (opportunities), with the owner, the link as short text and footnote markers for the
// sources it cites. Items the HTML page links (a pain with an id, an opportunity that `addresses`
// pains) are wrapped in a group carrying those ids, for the page script's highlight.
import type { Opportunity, Pain } from '../model/journey.js';
import type { GroupNode, SceneNode, TextNode } from './scene.js';
import type { Block, TextStyle } from './block.js';
import type { LayoutContext } from './context.js';
import { card, stack, textBlock } from './block.js';
import { labelled } from './context.js';
import { citedNumbers, sourceNumbers } from '../model/evidence.js';
import { shortLink } from '../model/links.js';
import { FONT } from './metrics.js';

export type ItemKind = 'pain' | 'opportunity';

/** Space between a text's last line and its marker, and how far the marker sits above the text's baseline. */
const MARK_GAP = 1;
const MARK_RAISE = 4;

/** The footnote numbers `evidence` cites, in the map's source order. */
export const citedBy = (ctx: LayoutContext, evidence: readonly string[]): number[] => citedNumbers(evidence, sourceNumbers(ctx.journey));

/**
 * Text with a raised footnote marker ("1,3") right after its last line. The text wraps a marker's
 * width narrower, so the marker always fits there; the last line becomes a text node of its own,
 * as wide as it is, so the marker's box overlaps no other text's.
 */
export function footnoted(ctx: LayoutContext, text: string, maxWidth: number, style: TextStyle, cited: readonly number[]): Block {
  const { measurer, theme } = ctx;
  if (cited.length === 0) return textBlock(measurer, text, maxWidth, style);
  const label = cited.join(',');
  const markW = Math.min(Math.ceil(measurer.width(label, FONT.small, 'bold')) + 1, Math.floor(maxWidth / 2));
  const textW = maxWidth - markW - MARK_GAP;
  const body = textBlock(measurer, text, textW, style);
  const mark = textBlock(measurer, label, markW, { size: FONT.small, weight: 'bold', fill: theme.muted, role: 'evidence-marker' });
  return {
    width: maxWidth,
    height: Math.max(body.height, mark.height),
    place(x, y) {
      const out: SceneNode[] = [];
      let end = x;
      let lastTop = y;
      for (const node of body.place(x, y)) {
        if (node.kind !== 'text' || node.lines.length === 0) {
          out.push(node);
          continue;
        }
        const [head, last] = splitLast(node);
        if (head) out.push(head);
        out.push(last);
        end = last.box.x + last.box.width;
        lastTop = last.box.y;
      }
      for (const n of mark.place(end + MARK_GAP, lastTop)) out.push(n.kind === 'text' ? raised(n) : n);
      return out;
    },
  };
}

/** A text node as its lines but the last, and its last line in a box exactly as wide as that line. */
function splitLast(node: TextNode): [TextNode | undefined, TextNode] {
  const lines = node.lines;
  const lastLine = lines[lines.length - 1]!;
  const top = node.box.y + (lines.length - 1) * node.lineHeight;
  const last: TextNode = {
    ...node,
    lines: [lastLine],
    box: { x: node.box.x, y: top, width: Math.min(node.box.width, Math.ceil(lastLine.width)), height: node.lineHeight },
  };
  if (lines.length === 1) return [undefined, last];
  const head: TextNode = { ...node, lines: lines.slice(0, -1), box: { ...node.box, height: top - node.box.y }, continues: true };
  return [head, last];
}

/** A superscript: the marker's baseline lifted inside its own box (it stays within the box). */
function raised(node: TextNode): TextNode {
  return { ...node, lines: node.lines.map((l) => ({ ...l, y: Math.max(node.box.y + 1, l.y - MARK_RAISE) })) };
}

const small = (ctx: LayoutContext, text: string, width: number, fill: string, bold = false): Block =>
  textBlock(ctx.measurer, text, width, { size: FONT.small, weight: bold ? 'bold' : 'normal', fill, role: 'item-meta' });

/** One pain: high is bold in a strong frame and says so; low is quiet and says so; medium (or none) as before, bold in a valley. */
function painCard(ctx: LayoutContext, pain: Pain, width: number, valley: boolean): Block {
  const { theme, labels, journey } = ctx;
  const colours = theme.pain;
  const inner = width - 16;
  const high = pain.severity === 'high';
  const low = pain.severity === 'low';
  const strong = high || (valley && !low);
  const tag = high || low ? labelled(journey.locale, labels.items.severity, labels.items.severities[pain.severity!]) : undefined;
  const body = stack(
    [
      tag ? small(ctx, tag, inner, low ? theme.muted : colours.text, high) : undefined,
      footnoted(
        ctx,
        pain.text,
        inner,
        { size: FONT.body, weight: strong ? 'bold' : 'normal', fill: low ? theme.muted : colours.text },
        citedBy(ctx, pain.evidence),
      ),
    ].filter((b): b is Block => b !== undefined),
    3,
    inner,
  );
  return card(body, width, {
    role: 'pain',
    fill: low ? theme.surface : colours.fill,
    // High severity gets a frame in the pain's own text colour, heavier than a valley's.
    stroke: high ? colours.text : strong ? theme.valley.stroke : colours.stroke,
    strokeWidth: high ? 2.5 : strong ? 2 : 1,
    ...(colours.dash && !high ? { dash: colours.dash } : {}),
    pad: 7,
    radius: 6,
  });
}

/** One opportunity: its status on top (a check mark when done, its text then muted), owner and link under it. */
function opportunityCard(ctx: LayoutContext, o: Opportunity, width: number): Block {
  const { theme, labels, journey } = ctx;
  const colours = theme.opportunity;
  const inner = width - 16;
  const done = o.status === 'done';
  const status = o.status ? `${done ? '✓ ' : ''}${labels.items.statuses[o.status]}` : undefined;
  const parts: Block[] = [];
  if (status) parts.push(small(ctx, status, inner, colours.text, true));
  parts.push(footnoted(ctx, o.text, inner, { size: FONT.body, fill: done ? theme.muted : colours.text }, citedBy(ctx, o.evidence)));
  if (o.owner) parts.push(small(ctx, labelled(journey.locale, labels.lanes.owner, o.owner), inner, theme.muted));
  if (o.link) parts.push(textBlock(ctx.measurer, `↗ ${shortLink(o.link)}`, inner, { size: FONT.small, fill: theme.muted, role: 'item-link', maxLines: 2 }));
  return card(stack(parts, 3, inner), width, {
    role: 'opportunity',
    fill: done ? theme.surface : colours.fill,
    stroke: colours.stroke,
    strokeWidth: 1,
    ...(colours.dash ? { dash: colours.dash } : {}),
    pad: 7,
    radius: 6,
  });
}

/** The ids the HTML page highlights by, as data attributes; none for an item nothing links to. */
function linkData(item: Pain | Opportunity, kind: ItemKind): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  if (kind === 'pain' && item.id !== undefined) data.pain = item.id;
  if (kind === 'opportunity' && 'addresses' in item && item.addresses.length > 0) {
    if (item.id !== undefined) data.opportunity = item.id;
    data.addresses = item.addresses.join(' ');
  }
  return Object.keys(data).length > 0 ? data : undefined;
}

/** A card for one pain or opportunity; `valley` marks a pain of a valley column (medium and unrated ones turn bold). */
export function itemCard(ctx: LayoutContext, item: Pain | Opportunity, width: number, kind: ItemKind, valley: boolean): Block {
  const inner = kind === 'pain' ? painCard(ctx, item as Pain, width, valley) : opportunityCard(ctx, item as Opportunity, width);
  const data = linkData(item, kind);
  if (!data) return inner;
  return {
    ...inner,
    place(x, y): SceneNode[] {
      const group: GroupNode = { kind: 'group', data, children: inner.place(x, y) };
      return [group];
    },
  };
}
