// Source text → plain data plus positions, in either input format.
import type { InputFormat, ParseResult } from './source.js';
import { parseYaml } from './yaml.js';
import { parseMarkdown } from './markdown.js';
import { binaryProblem } from './binary.js';

const EXTENSIONS = new Map<string, InputFormat>([['yaml', 'yaml'], ['yml', 'yaml'], ['md', 'md'], ['markdown', 'md']]);

/** The input format a file name implies, by its extension (any case); undefined when unknown. */
export function formatFromPath(path: string): InputFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS.get(ext);
}

/** Parses a spec. The format is `format`, else implied by `file`'s extension, else YAML. */
export function parseSource(text: string, options: { file: string; format?: InputFormat }): ParseResult {
  const binary = binaryProblem(text, options.file);
  if (binary) return { diagnostics: [binary] };
  const format = options.format ?? formatFromPath(options.file) ?? 'yaml';
  return format === 'md' ? parseMarkdown(text, options.file) : parseYaml(text, options.file);
}
