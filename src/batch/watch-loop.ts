// The loop behind `cjm build --watch` and `cjm serve`: build everything once, then rebuild only
// the sources whose text changed (or whose `baseline:` file did), one round at a time, until `until` settles. A broken edit is
// the caller's to report and wait out; nothing stops the loop but `until` (the CLI's Ctrl-C).
import { dirname, resolve } from 'node:path';
import { readSpecFile } from '../io/read-spec.js';
import type { PlannedSource } from './plan.js';
import { DEBOUNCE_MS, foldersToWatch, watchFolders } from './watch.js';

export interface WatchOptions {
  /** Files, folders and globs being watched (folders and globs are watched for new specs too). */
  inputs: readonly string[];
  cwd: string;
  /** The sources and their outputs as they are now; undefined when the inputs are unusable. `first` is the start-up call. */
  plan(first: boolean): Promise<PlannedSource[] | undefined>;
  /** Builds these sources; `first` is the initial round with every source. */
  rebuild(sources: PlannedSource[], first: boolean): Promise<void>;
  /** Called once the first round is done, e.g. to say where a server listens. */
  ready?(sources: PlannedSource[]): void;
  /** A round that threw (a bug or an I/O failure); the loop goes on. */
  onError(message: string): void;
  /** Settles when watching should stop; rounds under way finish first. */
  until: Promise<unknown>;
  debounceMs?: number;
}

/**
 * The file a spec's top-level `baseline:` names (YAML, or Markdown front matter), resolved from the
 * spec's folder. A cheap line match, not a parse: it only decides which maps to rebuild when a file
 * changes, and compile reports a bad `baseline:` itself.
 */
export function baselineOf(specPath: string, text: string): string | undefined {
  const value = /^baseline:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^#\n]*?))[ \t]*(?:#.*)?$/m.exec(text);
  const named = value?.[1] ?? value?.[2] ?? value?.[3];
  return named ? resolve(dirname(specPath), named) : undefined;
}

/** Runs until `until` settles; false when the first plan gave nothing to watch (nothing was built). */
export async function watchSources(options: WatchOptions): Promise<boolean> {
  const initial = await options.plan(true);
  if (!initial) return false;
  const fail = (err: unknown): void => options.onError(`watch: ${err instanceof Error ? err.message : String(err)}`);
  const texts = new Map<string, string>();
  /** Spec path → the baseline file it names: a map is rebuilt when only its baseline changed. */
  const baselines = new Map<string, string>();
  /** Sources whose text differs from what was last built (deleted files read as undefined). */
  const changedText = async (sources: readonly PlannedSource[]): Promise<PlannedSource[]> => {
    const changed: PlannedSource[] = [];
    for (const source of sources) {
      // A refused spec counts as changed once, so the rebuild reports it (by path only).
      const read = await readSpecFile(source.path, source.root ?? source.base);
      const text = read.ok ? read.text : read.unsafe ? '\0unsafe' : undefined;
      if (text === undefined || text === texts.get(source.path)) continue;
      texts.set(source.path, text);
      const baseline = baselineOf(source.path, text);
      if (baseline) baselines.set(source.path, baseline);
      else baselines.delete(source.path);
      changed.push(source);
    }
    return changed;
  };
  let known = new Set(initial.map((s) => s.path));
  // Rounds run one after another, the first building everything; later ones only what changed.
  let rounds = (async () => {
    await options.rebuild(await changedText(initial), true);
    options.ready?.(initial);
  })().catch(fail);
  const watcher = watchFolders((paths) => {
    rounds = rounds
      .then(async () => {
        const planned = (await options.plan(false)) ?? [];
        const touched = new Set(paths);
        const candidates = planned.filter((s) => touched.has(s.path) || !known.has(s.path));
        for (const path of paths) if (!planned.some((s) => s.path === path)) texts.delete(path);
        known = new Set(planned.map((s) => s.path));
        const changed = await changedText(candidates);
        // Maps whose baseline file is among the touched paths, though their own text is the same.
        const rebuilt = new Set(changed.map((s) => s.path));
        for (const source of planned) {
          const baseline = baselines.get(source.path);
          if (baseline && touched.has(baseline) && !rebuilt.has(source.path)) changed.push(source);
        }
        if (changed.length > 0) await options.rebuild(changed, false);
        watcher.update(await foldersToWatch(options.inputs, planned, options.cwd));
      })
      .catch(fail);
  }, options.debounceMs ?? DEBOUNCE_MS);
  watcher.update(await foldersToWatch(options.inputs, initial, options.cwd));
  await options.until.catch(() => undefined);
  watcher.close();
  await rounds;
  return true;
}
