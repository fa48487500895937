// The YAML front matter of a Markdown spec: found between `---` lines at the very top, read by
// the YAML parser, and its positions moved down to where it sits in the Markdown file.
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import { diagnosticAt } from '../../diagnostics/codes.js';
import type { DataPath } from '../source.js';
import { parseYaml } from '../yaml.js';
import { mdProblems } from './problems.js';

export interface FrontMatter {
  /** The fields it holds ({} when there is no front matter). */
  data: Record<string, unknown>;
  /** Where a path inside the front matter was written, in file coordinates. */
  locate(path: DataPath, part?: 'key' | 'value'): Span;
  /** Index into the file's lines of the first body line. */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

const shift = <T extends Span>(s: T, lines: number): T => ({ ...s, line: s.line + lines, endLine: s.endLine + lines });

const without = (bodyStart: number, diagnostics: Diagnostic[] = []): FrontMatter => ({ data: {}, locate: () => START, bodyStart, diagnostics });

export function readFrontMatter(lines: readonly string[], file: string): FrontMatter {
  if (!OPEN.test(lines[0] ?? '')) return without(0);
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) return without(lines.length, [diagnosticAt(mdProblems.unclosedFrontMatter(), file, { ...START, endColumn: 4 })]);
  // The closing `---` ends the last line: `|+` block scalars keep that final line break.
  const parsed = parseYaml(`${lines.slice(1, end).join('\n')}\n`, file);
  // Front matter with nothing but comments is as good as none.
  if (parsed.diagnostics.some((d) => d.code === 'empty-file')) return without(end + 1);
  const diagnostics = parsed.diagnostics.map((d) =>
    d.code === 'not-a-mapping' ? diagnosticAt(mdProblems.frontMatterNotMapping(), file, { ...START, line: 2, endLine: 2 }) : shift(d, 1),
  );
  const { source } = parsed;
  if (!source) return without(end + 1, diagnostics);
  const locate = (path: DataPath, part?: 'key' | 'value'): Span => shift(source.locate(path, part), 1);
  return { data: source.data as Record<string, unknown>, locate, bodyStart: end + 1, diagnostics };
}
