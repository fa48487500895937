// The block structure of a Markdown body, line by line: ATX headings, list items with their
// nesting depth (CommonMark's rule: a child is indented at least to its parent's text), and
// paragraphs. HTML comments and thematic breaks are skipped; fenced code is kept verbatim.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { Piece } from './text.js';
import { cover, softSeparator, span } from './text.js';

export type Block =
  | { kind: 'heading'; level: number; span: Span; content: Piece }
  | { kind: 'item'; depth: number; span: Span; content: Piece }
  | { kind: 'text'; content: Piece; verbatim: boolean };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/** Width of leading whitespace, tabs to the next multiple of 4. */
function indentWidth(prefix: string): number {
  let width = 0;
  for (const ch of prefix) width = ch === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** The rest of a line after `start` code units, trimmed at the end, as a Piece on line `n`. */
function rest(line: string, start: number, n: number): Piece {
  const text = line.slice(start).trimEnd();
  return { text, span: span(n, start + 1, n, start + text.length + 1) };
}

/** One open list item that later lines may continue or nest under. */
interface Open {
  contentIndent: number;
  block: Extract<Block, { kind: 'item' }>;
}

/** Splits `lines` (the body; `firstLine` is the 1-based number of lines[0]) into blocks. */
export function readBlocks(lines: readonly string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let list: Open[] = [];
  let paragraph: Extract<Block, { kind: 'text' }> | undefined;
  let afterBlank = false;
  // The last line joined into each growing piece: softSeparator needs only that (see text.ts).
  const tails = new WeakMap<Piece, string>();
  const extend = (piece: Piece, more: Piece, glue?: string) => {
    const tail = tails.get(piece) ?? piece.text;
    if (glue === undefined) {
      piece.text = piece.text + softSeparator(tail, more.text) + more.text;
      tails.set(piece, more.text === '' ? tail : more.text);
    } else {
      piece.text = piece.text + glue + more.text;
      tails.set(piece, glue + more.text);
    }
    piece.span = cover(piece.span, more.span);
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const n = firstLine + i;
    const fence = FENCE.exec(line);
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence[1]?.[0] === '`' ? '`' : '~'}{${fence[1]?.length ?? 3},}[ \\t]*$`);
      const inner: Piece[] = [];
      for (i += 1; i < lines.length && !close.test(lines[i] ?? ''); i += 1)
        inner.push({ text: lines[i] ?? '', span: span(firstLine + i, 1, firstLine + i, (lines[i] ?? '').length + 1) });
      const first = inner[0];
      const last = inner[inner.length - 1];
      if (first && last)
        blocks.push({ kind: 'text', verbatim: true, content: { text: inner.map((p) => p.text).join('\n'), span: cover(first.span, last.span) } });
      list = [];
      paragraph = undefined;
      afterBlank = false;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      while (i < lines.length && !(lines[i] ?? '').includes('-->')) i += 1;
      paragraph = undefined;
      continue;
    }
    const underline = SETEXT.exec(line);
    if (underline && paragraph && !paragraph.verbatim && blocks[blocks.length - 1] === paragraph) {
      // `Title` over `===` or `---` is a heading in CommonMark (and on GitHub), not a paragraph.
      const level = underline[1]?.startsWith('=') ? 1 : 2;
      blocks[blocks.length - 1] = {
        kind: 'heading',
        level,
        span: cover(paragraph.content.span, span(n, 1, n, line.trimEnd().length + 1)),
        content: paragraph.content,
      };
      paragraph = undefined;
      continue;
    }
    if (line.trim() === '' || BREAK.test(line)) {
      paragraph = undefined;
      afterBlank = true;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const marker = heading[1] ?? '#';
      blocks.push({ kind: 'heading', level: marker.length, span: span(n, 1, n, line.trimEnd().length + 1), content: rest(line, heading[0].length, n) });
      list = [];
      paragraph = undefined;
      afterBlank = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const indent = indentWidth(bullet[1] ?? '');
      while (list.length > 0 && indent < (list[list.length - 1]?.contentIndent ?? 0)) list.pop();
      const content = rest(line, bullet[0].length, n);
      const block: Open['block'] = { kind: 'item', depth: list.length, span: span(n, (bullet[1] ?? '').length + 1, n, line.trimEnd().length + 1), content };
      blocks.push(block);
      list.push({ contentIndent: indentWidth(line.slice(0, bullet[0].length)) + (bullet[0].endsWith(' ') || bullet[0].endsWith('\t') ? 0 : 1), block });
      paragraph = undefined;
      afterBlank = false;
      continue;
    }
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    const piece = rest(line, lead.length, n);
    const item = list[list.length - 1];
    if (item && (!afterBlank || indentWidth(lead) >= item.contentIndent)) {
      extend(item.block.content, piece, afterBlank ? '\n\n' : undefined);
      item.block.span = cover(item.block.span, piece.span);
    } else if (paragraph) {
      extend(paragraph.content, piece);
    } else {
      list = [];
      paragraph = { kind: 'text', verbatim: false, content: piece };
      blocks.push(paragraph);
    }
    afterBlank = false;
  }
  return blocks;
}
