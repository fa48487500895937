// Where each part of the spec data was written in the Markdown file, so validation can point at it.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../source.js';

export interface Positions {
  /** Records where the value at `path` (and its key, when it has one) was written. */
  set(path: DataPath, value: Span, key?: Span): void;
  has(path: DataPath): boolean;
  /** The span for `path`, falling back to its nearest recorded ancestor, then to 1:1. */
  locate(path: DataPath, part?: 'key' | 'value'): Span;
}

const keyOf = (path: DataPath): string => path.map(String).join('\u0000');
const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Spans are recorded in UTF-16 columns; diagnostics count code points, as people do. A line can
 * hold many values (attributes, a list of ids), so each line's surrogate pairs are found once and
 * a column is converted by binary search, never by reading the line again.
 */
export function codePointColumns(lines: readonly string[]): (s: Span) => Span {
  const pairs = new Map<number, number[]>();
  /** Indices of the second half of each surrogate pair on `line`, ascending. */
  const pairsOn = (line: number): number[] => {
    let found = pairs.get(line);
    if (!found) {
      found = [];
      const text = lines[line - 1] ?? '';
      for (let i = 1; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        const before = text.charCodeAt(i - 1);
        if (code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff) found.push(i);
      }
      pairs.set(line, found);
    }
    return found;
  };
  const column = (line: number, col: number): number => {
    // The code points in the first col - 1 code units: one less for every pair completed in them.
    const units = Math.min(col - 1, (lines[line - 1] ?? '').length);
    const halves = pairsOn(line);
    let low = 0;
    let high = halves.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((halves[mid] ?? 0) < units) low = mid + 1;
      else high = mid;
    }
    return units - low + 1;
  };
  return (s) => ({ line: s.line, column: column(s.line, s.column), endLine: s.endLine, endColumn: column(s.endLine, s.endColumn) });
}

/**
 * `delegate` answers for paths that live in the front matter (those whose first segment it
 * claims); everything else comes from the positions recorded while reading the body.
 */
export function positions(
  delegate: { claims(path: DataPath): boolean; locate(path: DataPath, part?: 'key' | 'value'): Span },
  columns: (s: Span) => Span,
): Positions {
  const table = new Map<string, { value: Span; key?: Span }>();
  return {
    set(path, value, key) {
      table.set(keyOf(path), { value: columns(value), key: key && columns(key) });
    },
    has: (path) => table.has(keyOf(path)),
    locate(path, part = 'value') {
      if (path.length > 0 && delegate.claims(path)) return delegate.locate(path, part);
      for (let n = path.length; n >= 0; n -= 1) {
        const found = table.get(keyOf(path.slice(0, n)));
        if (found) return (n === path.length && part === 'key' ? found.key : undefined) ?? found.value;
      }
      return START;
    },
  };
}
