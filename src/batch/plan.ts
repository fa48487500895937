// Where each source's outputs go: next to the source, or mirrored under --out-dir from the
// source's base folder. Two sources that would write the same file are a usage error, caught
// before anything is built. A map built on its own (-o, standard input) is named by planSingle.
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { OutputFormat } from '../compile.js';
import type { SourceFile } from './sources.js';

export interface PlannedOutput {
  format: OutputFormat;
  /** Absolute path. */
  path: string;
  /** Relative to the working folder, `/`-separated, for messages. */
  shown: string;
  /** The folder this output must really stay in: --out-dir, else the source's root (writeAtomic checks). */
  root?: string;
}

export interface PlannedSource extends SourceFile {
  outputs: PlannedOutput[];
}

/** `path` as messages show it: relative to cwd with `/` when inside it, else absolute. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

export function outputFolder(source: SourceFile, outDir: string | undefined, cwd: string): string {
  if (!outDir) return dirname(source.path);
  return join(resolve(cwd, outDir), relative(source.base, dirname(source.path)));
}

export function planOutputs(
  sources: readonly SourceFile[],
  formats: readonly OutputFormat[],
  outDir: string | undefined,
  cwd: string,
): { planned: PlannedSource[]; problems: string[] } {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const planned = sources.map((source) => {
    const folder = outputFolder(source, outDir, cwd);
    const root = outDir ? resolve(cwd, outDir) : (source.root ?? source.base);
    const stem = basename(source.path, extname(source.path));
    const outputs = formats.map((format) => {
      const path = join(folder, `${stem}.${format}`);
      return { format, path, shown: shownPath(path, cwd), root };
    });
    for (const output of outputs) {
      const owner = owners.get(output.path);
      if (owner !== undefined) problems.push(`${owner} and ${source.file} would both write ${output.shown}; rename one or build them separately`);
      else owners.set(output.path, source.file);
    }
    return { ...source, outputs };
  });
  return { planned, problems };
}

/** Standard output, as a planned output's path. */
export const STDOUT = '-';

/**
 * The outputs of one map built on its own: `-o FILE` names the file (its extension swapped for
 * each other format), `-o -` is standard output; otherwise next to the source, or in `outDir`
 * (not mirrored: there is no base folder). Standard input with neither goes to standard output.
 */
export function planSingle(
  path: string | undefined,
  formats: readonly OutputFormat[],
  output: string | undefined,
  outDir: string | undefined,
  cwd: string,
): PlannedOutput[] {
  const target = (format: OutputFormat): string => {
    if (output === STDOUT) return STDOUT;
    if (output) {
      const out = resolve(cwd, output);
      return extname(out).slice(1).toLowerCase() === format ? out : `${out.slice(0, out.length - extname(out).length)}.${format}`;
    }
    const stem = basename(path ?? 'journey', extname(path ?? ''));
    const dir = outDir ? resolve(cwd, outDir) : path ? resolve(path, '..') : undefined;
    return dir ? join(dir, `${stem}.${format}`) : STDOUT;
  };
  return formats.map((format) => {
    const path = target(format);
    return { format, path, shown: path === STDOUT ? STDOUT : shownPath(path, cwd) };
  });
}
