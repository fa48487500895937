// `cjm check --strict`: outputs on disk that no source produces any more (a map was deleted or
// renamed but its diagram was left behind). Only files cjm wrote count: a logo.svg or a hand-made
// PDF next to the maps is not an orphan.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { OutputFormat } from '../compile.js';
import type { PlannedSource } from './plan.js';
import { comparePaths, listFiles } from './walk.js';

/** What each renderer always writes near the top of its file (PDF: its Producer string; PNG: a Software text chunk). */
const MARKS: Record<OutputFormat, (text: string) => boolean> = {
  // The root names its own title and description, whatever the map's id prefix (embed-safe SVG).
  svg: (t) => /^<\?xml[^>]*>\s*<svg [^>]*aria-labelledby="([A-Za-z][\w-]*)-title \1-desc"/.test(t.slice(0, 1000)),
  html: (t) => t.slice(0, 2000).includes('<meta name="generator" content="cjm">'),
  json: (t) => t.startsWith('{\n  "cjm": '),
  pdf: (t) => t.startsWith('%PDF-') && t.includes('/Producer') && t.includes('(cjm)'),
  // Kept in step with render/png/chunks.ts's SOFTWARE_TEXT (no runtime import of the renderer here).
  png: (t) => t.startsWith('\x89PNG') && t.slice(0, 100).includes('tEXtSoftware\0cjm'),
};

async function writtenByCjm(path: string, format: OutputFormat): Promise<boolean> {
  try {
    return MARKS[format]((await readFile(path)).toString('latin1'));
  } catch {
    return false;
  }
}

/**
 * Files cjm wrote, with an output format's extension, under the output folders (--out-dir, or the
 * sources' own base folders when outputs sit next to their sources) that are not among the planned outputs.
 */
export async function findOrphans(
  planned: readonly PlannedSource[],
  formats: readonly OutputFormat[],
  outDir: string | undefined,
  cwd: string,
): Promise<string[]> {
  const expected = new Set(planned.flatMap((p) => p.outputs.map((o) => o.path)));
  const roots = outDir ? [resolve(cwd, outDir)] : [...new Set(planned.map((p) => p.base))];
  const orphans = new Set<string>();
  for (const root of roots) {
    for (const rel of await listFiles(root)) {
      const path = resolve(root, rel);
      const format = formats.find((f) => rel.toLowerCase().endsWith(`.${f}`));
      if (format && !expected.has(path) && !orphans.has(path) && (await writtenByCjm(path, format))) orphans.add(path);
    }
  }
  return [...orphans].sort(comparePaths);
}
