// What a batch does around its jobs so that builds don't step on each other: hold the out-dir's
// lock while writing (src/io/lock.ts), and find the temporary files killed builds left behind.
import type { CliContext } from './context.js';
import { isAlive } from './process-alive.js';
import { acquireLock, LockTimeout } from '../io/lock.js';
import type { HeldLock } from '../io/lock.js';
import { findStaleTemporaries, removeTemporaryFiles } from '../io/temporaries.js';
import { shownPath } from '../batch/plan.js';
import type { PlannedSource } from '../batch/plan.js';
import { resolve } from 'node:path';

/** The out-dir's lock, undefined without --out-dir, null when it could not be had (reported). */
export async function lockOutDir(outDir: string | undefined, timeoutSeconds: number, ctx: CliContext): Promise<HeldLock | undefined | null> {
  if (outDir === undefined) return undefined;
  const dir = resolve(ctx.cwd, outDir);
  const shown = shownPath(dir, ctx.cwd);
  try {
    return await acquireLock(dir, {
      timeoutMs: timeoutSeconds * 1000,
      isAlive,
      onWait: (holder) => ctx.info(`waiting for another build into ${shown} (${holder}) to finish; --lock-timeout ${timeoutSeconds} s`),
    });
  } catch (err) {
    if (err instanceof LockTimeout) {
      ctx.error(
        `another build into ${shown} (${err.holder}) still holds ${shownPath(err.path, ctx.cwd)} after ${timeoutSeconds} s; nothing was built. If no build is running, delete that file`,
      );
    } else {
      ctx.error(`cannot lock ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    return null;
  }
}

/** Temporary files of killed builds next to the planned outputs, as messages show them. */
export async function staleTemporaries(planned: readonly PlannedSource[], ctx: CliContext): Promise<string[]> {
  const found = await findStaleTemporaries(
    planned.flatMap((p) => p.outputs),
    isAlive,
  );
  return found.map((path) => shownPath(path, ctx.cwd));
}

/** Removes the temporary files killed builds left next to the planned outputs, naming each. */
export async function removeStaleTemporaries(planned: readonly PlannedSource[], ctx: CliContext): Promise<void> {
  for (const path of await removeTemporaryFiles(
    await findStaleTemporaries(
      planned.flatMap((p) => p.outputs),
      isAlive,
    ),
  )) {
    ctx.info(`removed ${shownPath(path, ctx.cwd)}, left by a build that was killed`);
  }
}
