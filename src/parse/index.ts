// Source text → plain data plus positions, in either input format.
import type { InputFormat, ParseResult } from './source.js';
import { parseYaml } from './yaml.js';
import { parseMarkdown } from './markdown.js';
import { binaryProblem } from './binary.js';
import { MAX_SPEC_BYTES } from '../model/limits.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import { START } from './position.js';

const EXTENSIONS = new Map<string, InputFormat>([
  ['yaml', 'yaml'],
  ['yml', 'yaml'],
  ['md', 'md'],
  ['markdown', 'md'],
]);

/** The input format a file name implies, by its extension (any case); undefined when unknown. */
export function formatFromPath(path: string): InputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS.get(ext);
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/;

/**
 * The format of text that came without a file name (standard input): Markdown when, past any front
 * matter, it has headings and no top-level `title:` or `stages:` (which every YAML spec has, and
 * whose `#` lines are comments); else YAML.
 */
export function formatFromText(text: string): InputFormat {
  const body = text.replace(FRONT_MATTER, '');
  return /^#{1,6}[ \t]+\S/m.test(body) && !/^["']?(title|stages)["']?[ \t]*:/m.test(body) ? 'md' : 'yaml';
}

/** Parses a spec. The format is `format`, else implied by `file`'s extension, else YAML. */
export function parseSource(text: string, options: { file: string; format?: InputFormat }): ParseResult {
  // Before anything else reads it: every later step's cost grows with the text.
  const bytes = text.length > MAX_SPEC_BYTES / 3 ? Buffer.byteLength(text, 'utf8') : text.length;
  if (bytes > MAX_SPEC_BYTES) return { diagnostics: [diagnosticAt(problems.specTooLarge(bytes), options.file, START)] };
  const binary = binaryProblem(text, options.file);
  if (binary) return { diagnostics: [binary] };
  const format = options.format ?? formatFromPath(options.file) ?? 'yaml';
  return format === 'md' ? parseMarkdown(text, options.file) : parseYaml(text, options.file);
}
