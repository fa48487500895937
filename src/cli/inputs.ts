// Reading the sources a command was given: files, or `-` for standard input.
import { resolve } from 'node:path';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import { formatFromPath, formatFromText } from '../parse/index.js';
import type { InputFormat } from '../parse/source.js';
import { readSpecFile, rootForNamedFile, specReadProblem } from '../io/read-spec.js';

export interface LoadedSource {
  /** As the user named it (used in diagnostics), `<stdin>` for `-`. */
  file: string;
  /** Absolute path, undefined for stdin. */
  path?: string;
  text: string;
  format: InputFormat;
}

export function parseInputFormat(value: string | undefined, ctx: CliContext): InputFormat | undefined | null {
  if (value === undefined) return undefined;
  if (value === 'yaml' || value === 'yml') return 'yaml';
  if (value === 'md' || value === 'markdown') return 'md';
  ctx.error(`--input-format must be yaml or md (got "${value}")`, EXIT.usage);
  return null;
}

/**
 * Reads one source; a source that cannot be read comes back as the message to show and its exit code.
 * `root` is the folder its real path must stay in (default: see rootForNamedFile); a refused source exits 1.
 */
export async function readSource(
  name: string,
  ctx: CliContext,
  inputFormat?: InputFormat,
  root?: string,
): Promise<LoadedSource | { problem: string; exit: 1 | 2 }> {
  if (name === '-') {
    const text = await ctx.readStdin();
    return { file: '<stdin>', text, format: inputFormat ?? formatFromText(text) };
  }
  const format = inputFormat ?? formatFromPath(name);
  if (!format) return { problem: `${name}: unknown input format; use a .yaml, .yml, .md or .markdown file, or --input-format`, exit: EXIT.usage };
  const path = resolve(ctx.cwd, name);
  const read = await readSpecFile(path, root ?? rootForNamedFile(path));
  if (read.ok) return { file: name, path, text: read.text, format };
  return { problem: specReadProblem(name, read), exit: read.unsafe ? EXIT.invalid : EXIT.usage };
}

/** Reads one source; reports and returns undefined when it cannot be read. */
export async function loadSource(name: string, ctx: CliContext, inputFormat?: InputFormat): Promise<LoadedSource | undefined> {
  const read = await readSource(name, ctx, inputFormat);
  if (!('problem' in read)) return read;
  ctx.error(read.problem, read.exit);
  return undefined;
}
