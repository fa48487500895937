// `cjm check --strict`: outputs on disk that no source produces any more (a map was deleted or
// renamed but its diagram was left behind).
import { resolve } from 'node:path';
import type { OutputFormat } from '../compile.js';
import type { PlannedSource } from './plan.js';
import { comparePaths, listFiles } from './walk.js';

/**
 * Files with an output format's extension under the output folders (--out-dir, or the sources'
 * own base folders when outputs sit next to their sources) that are not among the planned outputs.
 */
export async function findOrphans(planned: readonly PlannedSource[], formats: readonly OutputFormat[], outDir: string | undefined, cwd: string): Promise<string[]> {
  const expected = new Set(planned.flatMap((p) => p.outputs.map((o) => o.path)));
  const roots = outDir ? [resolve(cwd, outDir)] : [...new Set(planned.map((p) => p.base))];
  const extensions = formats.map((f) => `.${f}`);
  const orphans = new Set<string>();
  for (const root of roots) {
    for (const rel of await listFiles(root)) {
      const path = resolve(root, rel);
      if (extensions.some((ext) => rel.toLowerCase().endsWith(ext)) && !expected.has(path)) orphans.add(path);
    }
  }
  return [...orphans].sort(comparePaths);
}
