// The contract between the format parsers (YAML, Markdown) and validation:
// plain data shaped like JourneySpec, plus a way to find where any part of it was written.
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';

export type InputFormat = 'yaml' | 'md';
export type DataPath = readonly (string | number)[];

export interface ParsedSource {
  file: string;
  text: string;
  format: InputFormat;
  /** Plain JS data (objects, arrays, strings, numbers, booleans, null), not yet validated. */
  data: unknown;
  /**
   * Where the value at `path` (or, with part 'key', its key) was written.
   * Falls back to the nearest ancestor that has a position, then to 1:1.
   */
  locate(path: DataPath, part?: 'key' | 'value'): Span;
}

/** What every format parser returns: the source when the text could be read, and what went wrong. */
export interface ParseResult {
  source?: ParsedSource;
  diagnostics: Diagnostic[];
}
