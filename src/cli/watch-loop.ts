// The loop behind `cjm build --watch` and `cjm serve`: build everything once, then rebuild only
// the sources whose text changed, one round at a time, until Ctrl-C. A broken edit is reported
// and waited out; nothing stops the loop but a signal.
import { readSpecFile } from '../io/read-spec.js';
import type { CliContext } from './context.js';
import type { BatchSettings } from './batch-options.js';
import { planBatch } from './batch-run.js';
import type { PlannedSource } from '../batch/plan.js';
import { foldersToWatch, watchFolders } from '../batch/watch.js';
import { formatDiagnostic } from '../diagnostics/format.js';

export interface WatchLoop {
  settings: BatchSettings;
  ctx: CliContext;
  /** Builds these sources, reporting through `ctx`; `first` is the initial round with every source. */
  rebuild(sources: PlannedSource[], first: boolean, ctx: CliContext): Promise<void>;
  /** Printed once the first round is done, e.g. where the server listens. */
  ready?(sources: PlannedSource[]): void;
}

/**
 * The context for everything after start-up: it prints like the real one but does not raise the
 * exit status, since a map that was broken for a minute is no reason for Ctrl-C to exit 1.
 */
export function forgivingContext(ctx: CliContext): CliContext {
  return {
    ...ctx,
    fail() {},
    report(d, text) {
      if (d.severity === 'error' || !ctx.quiet) ctx.stderr.write(`${formatDiagnostic(d, text, { color: ctx.color })}\n`);
    },
    error(message) {
      ctx.stderr.write(`cjm: error: ${message}\n`);
    },
  };
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function watchLoop(loop: WatchLoop): Promise<void> {
  const { settings } = loop;
  const stopped = untilInterrupted();
  const initial = await planBatch(settings, loop.ctx);
  if (!initial) return;
  const ctx = forgivingContext(loop.ctx);
  const texts = new Map<string, string>();
  /** Sources whose text differs from what was last built (deleted files read as undefined). */
  const changedText = async (sources: readonly PlannedSource[]): Promise<PlannedSource[]> => {
    const changed: PlannedSource[] = [];
    for (const source of sources) {
      // A refused spec counts as changed once, so the rebuild reports it (by path only).
      const read = await readSpecFile(source.path, source.root ?? source.base);
      const text = read.ok ? read.text : read.unsafe ? '\0unsafe' : undefined;
      if (text === undefined || text === texts.get(source.path)) continue;
      texts.set(source.path, text);
      changed.push(source);
    }
    return changed;
  };
  let known = new Set(initial.map((s) => s.path));
  // Rounds run one after another, the first building everything; later ones only what changed.
  let rounds = (async () => {
    await loop.rebuild(await changedText(initial), true, ctx);
    loop.ready?.(initial);
  })().catch((err: unknown) => ctx.error(`watch: ${err instanceof Error ? err.message : String(err)}`));
  const watcher = watchFolders((paths) => {
    rounds = rounds
      .then(async () => {
        const planned = (await planBatch(settings, ctx)) ?? [];
        const touched = new Set(paths);
        const candidates = planned.filter((s) => touched.has(s.path) || !known.has(s.path));
        for (const path of paths) if (!planned.some((s) => s.path === path)) texts.delete(path);
        known = new Set(planned.map((s) => s.path));
        const changed = await changedText(candidates);
        if (changed.length > 0) await loop.rebuild(changed, false, ctx);
        watcher.update(await foldersToWatch(settings.inputs, planned, ctx.cwd));
      })
      .catch((err: unknown) => ctx.error(`watch: ${err instanceof Error ? err.message : String(err)}`));
  });
  watcher.update(await foldersToWatch(settings.inputs, initial, ctx.cwd));
  await stopped;
  watcher.close();
  await rounds;
  ctx.info('stopped watching');
}
