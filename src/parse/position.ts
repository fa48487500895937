// Offsets in the text (UTF-16 indices, as parsers report them) → 1-based line and column.
// Columns count code points, so an emoji or a CJK character is one column, as people count them;
// the code frame turns columns into terminal cells (src/diagnostics/cells.ts).
import type { Span } from '../diagnostics/diagnostic.js';

export interface Position {
  line: number;
  column: number;
}

export type Positioner = (offset: number) => Position;

/** `lineStarts`: the offset where each line begins, ascending, starting with 0 (yaml's LineCounter). */
export function positioner(text: string, lineStarts: readonly number[]): Positioner {
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo] ?? 0;
    return { line: lo + 1, column: countCodePoints(text.slice(start, at)) + 1 };
  };
}

function countCodePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** The span from `start` to `end` (exclusive) offsets. */
export function spanOf(at: Positioner, start: number, end: number): Span {
  const from = at(start);
  const to = at(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
