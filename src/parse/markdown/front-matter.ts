// The YAML front matter of a Markdown spec: found between `---` lines at the very top, parsed
// as YAML, and its positions moved down to where the front matter sits in the Markdown file.
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import type { DataPath, ParseResult } from '../source.js';
import { parseYaml } from './yaml-data.js';

export interface FrontMatter {
  /** The mapping it holds ({} when there is no front matter). */
  data: Record<string, unknown>;
  /** Where a path inside the front matter was written, in file coordinates. */
  locate(path: DataPath, part?: 'key' | 'value'): Span;
  /** Index into the file's lines of the first body line. */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

const shift = <T extends Span>(s: T, lines: number): T => ({ ...s, line: s.line + lines, endLine: s.endLine + lines });

const point = (line: number): Span => ({ line, column: 1, endLine: line, endColumn: 1 });

const none = (bodyStart: number, diagnostics: Diagnostic[] = []): FrontMatter => ({ data: {}, locate: () => point(1), bodyStart, diagnostics });

export function readFrontMatter(lines: readonly string[], file: string): FrontMatter {
  if (!OPEN.test(lines[0] ?? '')) return none(0);
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end < 0) {
    const message = 'front matter opened with `---` on line 1 is never closed; end it with a `---` line';
    return none(lines.length, [{ severity: 'error', code: 'md-unclosed-front-matter', message, file, ...point(1), endColumn: 4 }]);
  }
  const parsed: ParseResult = parseYaml(lines.slice(1, end).join('\n'), file);
  const diagnostics = parsed.diagnostics.map((d) => shift(d, 1));
  const source = parsed.source;
  const locate = (path: DataPath, part?: 'key' | 'value'): Span => (source ? shift(source.locate(path, part), 1) : point(1));
  const data = source?.data ?? null;
  if (data === null || data === undefined) return { data: {}, locate, bodyStart: end + 1, diagnostics };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message = 'front matter must be a mapping of fields such as `title: …` and `locale: …`';
    diagnostics.push({ severity: 'error', code: 'md-front-matter-not-mapping', message, file, ...locate([]) });
    return { data: {}, locate, bodyStart: end + 1, diagnostics };
  }
  return { data: data as Record<string, unknown>, locate, bodyStart: end + 1, diagnostics };
}
