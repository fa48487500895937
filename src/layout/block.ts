// Blocks are measured first and placed later: a lane's height is only known once every cell in it
// has been wrapped, so each cell wraps its text once up front and emits nodes when given its position.
import type { Box, Paint, SceneNode, SceneRole, TextLine, TextNode } from './scene.js';
import type { FontWeight, Measurer } from '../text/measurer.js';
import { clampLines, hasCjk, wrapText } from '../text/index.js';
import { LINE_HEIGHT } from './metrics.js';

export interface Block {
  width: number;
  height: number;
  place(x: number, y: number): SceneNode[];
}

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  fill: Paint;
  /** Slant the text, unless it holds CJK (see textBlock). */
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  role?: SceneRole;
  /** Keep at most this many lines, the last ending in an ellipsis (the full text is elsewhere: HTML details). */
  maxLines?: number;
}

export const EMPTY: Block = { width: 0, height: 0, place: () => [] };

/** Text wrapped to `maxWidth`; the block is exactly as tall as its lines. */
export function textBlock(measurer: Measurer, text: string, maxWidth: number, style: TextStyle): Block {
  if (text === '') return EMPTY;
  const weight = style.weight ?? 'normal';
  const lineHeight = Math.round(style.size * LINE_HEIGHT * 100) / 100;
  const all = wrapText(text, maxWidth, style.size, weight, measurer);
  const wrapped = style.maxLines === undefined ? all : clampLines(all, style.maxLines, maxWidth, style.size, weight, measurer);
  const anchor = style.anchor ?? 'start';
  // Centre the glyphs' ascent+descent inside each line box.
  const baseline = (lineHeight + (measurer.ascent - measurer.descent) * style.size) / 2;
  return {
    width: maxWidth,
    height: wrapped.length * lineHeight,
    place(x, y) {
      const box: Box = { x, y, width: maxWidth, height: wrapped.length * lineHeight };
      const ax = anchor === 'start' ? x : anchor === 'middle' ? x + maxWidth / 2 : x + maxWidth;
      const node: TextNode = {
        kind: 'text',
        lines: wrapped.map((l, i) => {
          const line: TextLine = { text: l.text, width: l.width, x: ax, y: y + i * lineHeight + baseline };
          // Only centred and right-aligned lines are placed by their width; a start line needs no advance.
          const advance = anchor === 'start' ? undefined : measurer.advance?.(l.text, style.size, weight);
          if (advance !== undefined && advance !== l.width) line.advance = advance;
          return line;
        }),
        fontSize: style.size,
        lineHeight,
        weight,
        fill: style.fill,
        anchor,
        box,
      };
      // CJK is never slanted (a faux italic of Han or kana reads as a defect); callers set such text
      // off with quotation marks and colour, so only text without CJK keeps the slant.
      if (style.italic && !hasCjk(text)) node.italic = true;
      if (style.role) node.role = style.role;
      return [node];
    },
  };
}

/** Blocks stacked top to bottom with `gap` between non-empty ones. */
export function stack(blocks: Block[], gap: number, width: number): Block {
  const parts = blocks.filter((b) => b.height > 0);
  const height = parts.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, parts.length - 1);
  return {
    width,
    height,
    place(x, y) {
      const out: SceneNode[] = [];
      let cy = y;
      for (const b of parts) {
        for (const n of b.place(x, cy)) out.push(n);
        cy += b.height + gap;
      }
      return out;
    },
  };
}

export interface CardStyle {
  fill: Paint;
  stroke: Paint;
  strokeWidth?: number;
  dash?: number[];
  radius?: number;
  pad?: number;
  role: SceneRole;
}

/** A rounded rectangle around `inner`, with padding. */
export function card(inner: Block, width: number, style: CardStyle, minHeight = 0): Block {
  const pad = style.pad ?? 8;
  const height = Math.max(minHeight, inner.height + pad * 2);
  return {
    width,
    height,
    place(x, y) {
      const rect: SceneNode = {
        kind: 'rect',
        role: style.role,
        x,
        y,
        width,
        height,
        radius: style.radius ?? 8,
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: style.strokeWidth ?? 1,
      };
      if (style.dash) rect.dash = style.dash;
      return [rect, ...inner.place(x + pad, y + pad)];
    },
  };
}

/** A fixed-size spacer that draws nothing. */
export const gap = (height: number): Block => ({ width: 0, height, place: () => [] });

/** Blocks side by side, each `colWidth` wide with `gap` between; as tall as the tallest. */
export function row(blocks: Block[], colWidth: number, gap: number): Block {
  const parts = blocks.filter((b) => b.height > 0);
  return {
    width: parts.length * colWidth + gap * Math.max(0, parts.length - 1),
    height: parts.reduce((m, b) => Math.max(m, b.height), 0),
    place(x, y) {
      return parts.flatMap((b, i) => b.place(x + i * (colWidth + gap), y));
    },
  };
}
