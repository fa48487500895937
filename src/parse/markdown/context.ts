// What the readers of a Markdown body share: the emotion scale, the declared lanes, where each
// value was written, and where problems go.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { Problem } from '../../diagnostics/codes.js';
import type { DataPath } from '../source.js';
import type { Positions } from './positions.js';
import type { Piece } from './text.js';

export interface BuildContext {
  scale: readonly [number, number];
  /** Ids of the custom lanes declared in the front matter, in order. */
  lanes: readonly string[];
  positions: Positions;
  /** Reports a problem at a span in UTF-16 columns (converted to the columns people count). */
  report(problem: Problem, at: Span): void;
}

/** A stage or touchpoint being filled in. */
export interface Section {
  kind: 'stage' | 'touchpoint';
  data: Record<string, unknown>;
  path: DataPath;
  /** Paragraphs under the heading, to become the description. */
  prose: { piece: Piece; verbatim: boolean }[];
  /** Single-valued fields already set, and where (to report a second one). */
  seen: Map<string, Span>;
  /** Lanes filled so far (blueprint lanes by field, custom lanes by `lanes`, NUL, id), so a repeated bullet adds steps. */
  steps: Map<string, StepList>;
}

/** The steps of one lane of one touchpoint, gathered from its bullets and their nested items. */
export interface StepList {
  /** The record the lane is a field of: the touchpoint, or its `lanes`. */
  target: Record<string, unknown>;
  key: string;
  path: DataPath;
  items: string[];
  /** A nested item gave a step: then even one step is a list, as written. */
  nested: boolean;
  /** `- frontstage: []` was written: no steps (a bare `- frontstage:` alone is one empty text). */
  empty: boolean;
}

/** Sets `key` on a record built from user text: defineProperty, so `__proto__` is data like any other name. */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
