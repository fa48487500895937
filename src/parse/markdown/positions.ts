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

/** Spans are recorded in UTF-16 columns; diagnostics count code points, as people do. */
export function codePointColumns(lines: readonly string[]): (s: Span) => Span {
  const column = (line: number, col: number): number => [...(lines[line - 1] ?? '').slice(0, col - 1)].length + 1;
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
