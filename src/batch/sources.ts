// From what the user typed (files, folders, globs) to the list of spec files to build, each with
// the folder its outputs mirror from: a folder's own path, a glob's fixed leading folders, and for
// plain files the deepest folder they share (so `maps/a.yaml maps/x/b.yaml` keeps `x/`).
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { braceProblem, globToRegExp, isGlob, splitGlob } from './glob.js';
import { comparePaths, listFiles } from './walk.js';
import { rootForNamedFile } from '../io/read-spec.js';

export const SPEC_EXTENSIONS = ['.yaml', '.yml', '.md', '.markdown'] as const;
const CONFIG_NAMES = new Set(['cjm.config.yaml', 'cjm.config.yml']);

export interface SourceFile {
  /** The name shown in messages: as typed for a plain file, else the folder or glob base joined with the match. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Absolute folder whose layout the outputs mirror under --out-dir. */
  base: string;
  /** Absolute folder the spec's real path must stay in (src/io/read-spec.ts): the folder or glob base, for a named file the working folder. */
  root?: string;
}

export interface ExpandedInputs {
  sources: SourceFile[];
  /** Usage problems (missing file, glob that matches nothing), one line each. */
  problems: string[];
}

const isSpec = (name: string): boolean => SPEC_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const isConfig = (rel: string): boolean => CONFIG_NAMES.has(posix.basename(rel));
const toPosix = (path: string): string => path.split(sep).join('/');

/** The deepest folder containing every path. */
export function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0] ?? [];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i += 1;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  const info = await stat(path).catch(() => undefined);
  // A named pipe or device counts as a file here, so that reading it is refused by name (read-spec.ts).
  return info?.isDirectory() ? 'folder' : info ? 'file' : undefined;
}

/** Spec files under a folder or matching a glob, as SourceFiles based at the fixed part. */
async function expandPattern(input: string, cwd: string): Promise<SourceFile[]> {
  const folderInput = !isGlob(input);
  const { base, rest, depth } = folderInput ? { base: input.replace(/\/+$/, '') || '/', rest: '**', depth: Infinity } : splitGlob(input);
  const baseAbs = resolve(cwd, base);
  const matcher = globToRegExp(rest);
  const shownBase = toPosix(base).replace(/^(\.\/)+/, '');
  return (await listFiles(baseAbs, depth))
    .filter((rel) => matcher.test(rel) && isSpec(rel) && !isConfig(rel))
    .map((rel) => ({ file: shownBase === '.' ? rel : posix.join(shownBase, rel), path: resolve(baseAbs, rel), base: baseAbs, root: baseAbs }));
}

export async function expandInputs(inputs: readonly string[], cwd: string, exclude: readonly string[] = []): Promise<ExpandedInputs> {
  const problems: string[] = [];
  // Brace limits first: past them, matching would expand millions of patterns.
  const braces = [...inputs, ...exclude].flatMap((pattern) => braceProblem(pattern) ?? []);
  if (braces.length > 0) return { sources: [], problems: braces };
  const plain: { file: string; path: string }[] = [];
  const matched: SourceFile[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const kind = isGlob(input) ? 'glob' : await kindOf(path);
    if (kind === 'file') plain.push({ file: input, path });
    else if (kind === undefined) problems.push(`${input}: no such file`);
    else {
      const found = await expandPattern(input, cwd);
      if (found.length === 0)
        problems.push(kind === 'glob' ? `no journey specs match "${input}"` : `${input}: no journey specs (${SPEC_EXTENSIONS.join(', ')}) in this folder`);
      for (const f of found) matched.push(f);
    }
  }
  const plainBase = commonFolder(plain.map((p) => dirname(p.path)));
  const excluded = exclude.map(globToRegExp);
  const isExcluded = (path: string): boolean => {
    const rel = relative(cwd, path);
    // Paths above cwd stay in (`../maps/x.yaml`): a config in a parent folder excludes `../maps/drafts/**`.
    return !isAbsolute(rel) && excluded.some((re) => re.test(toPosix(rel)));
  };
  const seen = new Set<string>();
  const sources: SourceFile[] = [];
  // Exclusions narrow folders and globs; a file named on its own is always built.
  const candidates = [...plain.map((p) => ({ ...p, base: plainBase, root: rootForNamedFile(p.path) })), ...matched.filter((m) => !isExcluded(m.path))];
  for (const source of candidates) {
    if (seen.has(source.path)) continue;
    seen.add(source.path);
    sources.push(source);
  }
  return { sources: sources.sort((a, b) => comparePaths(a.file, b.file)), problems };
}
