// Diagnostics as people and machines read them: `file:line:col: error CODE: message`, a code frame
// with a caret under the column, an optional hint; or one JSON document for --reporter json.
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from './diagnostic.js';
import { cellsOf, printable, widthOf } from './cells.js';
import type { Cell } from './cells.js';

/**
 * Whether to colour output: FORCE_COLOR wins (0 or false turns colour off), then NO_COLOR
 * (any non-empty value), then TERM=dumb, then whether the stream is a terminal.
 */
export function colorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * A source's lines, split once: reporting many diagnostics of one file shares one (splitting the
 * whole source for each code frame made 16,000 errors take 12 s). YAML counts lines by \n alone.
 */
export class SourceLines {
  private readonly lines: string[];
  constructor(readonly text: string) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    this.lines = body.split('\n');
  }
  /** Line `n` (1-based) without its line break; undefined past the end. */
  line(n: number): string | undefined {
    const line = n >= 1 ? this.lines[n - 1] : undefined;
    return line !== undefined && line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}

// Long lines (minified YAML, one huge flow list) are cut to a window around the caret (in code points).
const WINDOW = 80;
const LEAD = 30;

interface Window {
  from: number;
  to: number;
  /** Whether the line was cut before `from` (by `around` or the window): it shows a leading …. */
  head: boolean;
}

function windowFor(cells: readonly Cell[], start: number, head = false): Window {
  if (cells.length <= WINDOW + LEAD) return { from: 0, to: WINDOW + LEAD, head };
  const from = Math.max(0, Math.min(start, cells.length) - LEAD);
  return { from, to: from + WINDOW, head: head || from > 0 };
}

/** The visible part of a line: cells inside the window, with … where it was cut. */
function shownLine(cells: readonly Cell[], w: Window, tail = false): string {
  const inner = cells
    .slice(w.from, w.to)
    .map((c) => c.text)
    .join('');
  return `${w.head ? '…' : ''}${inner}${w.to < cells.length || tail ? '…' : ''}`;
}

// Splitting a line into cells (grapheme clusters) costs time in its length: a line of megabytes
// (a 20 MB title) is first cut to a stretch around the column, in code units.
const LONG_LINE = 4096;
const KEEP_BEFORE = 256;
const KEEP_AFTER = 512;

interface Cut {
  text: string;
  /** Code points cut from the start, so columns in `text` are the line's minus this. */
  shift: number;
  head: boolean;
  tail: boolean;
}

function around(line: string, column: number): Cut {
  if (line.length <= LONG_LINE) return { text: line, shift: 0, head: false, tail: false };
  let offset = 0;
  for (let cp = 1; cp < column && offset < line.length; cp += 1) offset += (line.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  const isLow = (i: number) => i > 0 && i < line.length && line.charCodeAt(i) >= 0xdc00 && line.charCodeAt(i) <= 0xdfff;
  let from = Math.max(0, offset - KEEP_BEFORE);
  if (isLow(from)) from += 1;
  let to = Math.min(line.length, offset + KEEP_AFTER);
  if (isLow(to)) to += 1;
  let shift = 0;
  for (let i = 0; i < from; i += (line.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) shift += 1;
  return { text: line.slice(from, to), shift, head: from > 0, tail: to < line.length };
}

function caret(d: Diagnostic, cells: readonly Cell[], w: Window): { pad: number; length: number } {
  const start = Math.max(0, d.column - 1);
  // A column past the end of the line (a missing character) still gets its caret, one cell further on.
  const pad = (w.head ? 1 : 0) + widthOf(cells.slice(w.from, start)) + Math.max(0, start - cells.length);
  let end = start + 1;
  if (d.endLine === d.line && d.endColumn > d.column) end = d.endColumn - 1;
  else if (d.endLine > d.line) end = cells.length;
  return { pad, length: Math.max(1, widthOf(cells.slice(start, Math.min(end, w.to)))) };
}

function codeFrame(diagnostic: Diagnostic, lines: SourceLines, c: ChalkInstance): string[] {
  const line = lines.line(diagnostic.line);
  if (line === undefined) return [];
  const cut = around(line, diagnostic.column);
  const d = cut.shift === 0 ? diagnostic : { ...diagnostic, column: diagnostic.column - cut.shift, endColumn: diagnostic.endColumn - cut.shift };
  const cells = cellsOf(cut.text);
  const w = windowFor(cells, d.column - 1, cut.head);
  const width = String(d.line).length;
  const gutter = (n?: number) => c.dim(`${(n === undefined ? '' : String(n)).padStart(width)} |`);
  // `marker` is one column wide: '>' on the reported line, a space elsewhere.
  const row = (marker: string, n: number, shown: string) => `${marker} ${gutter(n)}${shown === '' ? '' : ` ${shown}`}`;
  const frame: string[] = [];
  const previous = lines.line(d.line - 1);
  if (previous !== undefined) {
    const before = around(previous, diagnostic.column);
    frame.push(row(' ', d.line - 1, shownLine(cellsOf(before.text), { ...w, head: w.head || before.head }, before.tail)));
  }
  frame.push(row(c.red('>'), d.line, shownLine(cells, w, cut.tail)));
  const { pad, length } = caret(d, cells, w);
  const mark = d.severity === 'error' ? c.red : c.yellow;
  frame.push(`  ${gutter()} ${' '.repeat(pad)}${mark(`^${'~'.repeat(length - 1)}`)}`);
  return frame;
}

/** One diagnostic as text: header line, code frame (when the line exists), hint. No trailing newline. */
export function formatDiagnostic(d: Diagnostic, source: string | SourceLines, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const severity = d.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
  const header = `${c.bold(`${printable(d.file)}:${d.line}:${d.column}:`)} ${severity} ${c.bold(d.code)}: ${printable(d.message)}`;
  const out = [header, ...codeFrame(d, typeof source === 'string' ? new SourceLines(source) : source, c)];
  if (d.hint !== undefined) out.push(`  ${c.cyan('hint:')} ${printable(d.hint)}`);
  return out.join('\n');
}

/** One diagnostic as plain JSON data, keys in a stable order (shared by every --reporter json). */
export const diagnosticToJson = (d: Diagnostic): Diagnostic => ({
  file: d.file,
  line: d.line,
  column: d.column,
  endLine: d.endLine,
  endColumn: d.endColumn,
  severity: d.severity,
  code: d.code,
  message: d.message,
  ...(d.hint === undefined ? {} : { hint: d.hint }),
});

/** Every diagnostic of a run as one JSON document (stable key order), with a trailing newline. */
export function diagnosticsToJson(diags: readonly Diagnostic[]): string {
  const diagnostics = diags.map(diagnosticToJson);
  const errors = diags.filter((d) => d.severity === 'error').length;
  return `${JSON.stringify({ diagnostics, errors, warnings: diags.length - errors }, null, 2)}\n`;
}
