// `cjm build` and `cjm check` over many maps: expand the inputs, plan the outputs, run the jobs
// (on worker threads when the batch is big), report. Build writes; check only compares.
import { performance } from 'node:perf_hooks';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import type { BatchSettings } from './batch-options.js';
import { compile } from '../compile.js';
import type { JobMode } from '../batch/job.js';
import { shownPath } from '../batch/plan.js';
import type { PlannedSource } from '../batch/plan.js';
import { jobsFor, parallelism, runAll } from '../batch/run.js';
import { planBuild } from '../batch/settings.js';
import { trapInterrupts } from './interrupt.js';
import { findOrphans } from '../batch/orphans.js';
import { lockOutDir, removeStaleTemporaries, staleTemporaries } from './out-dir-guard.js';
import type { Reporter } from './report/summary.js';
import { textReporter } from './report/text.js';
import { jsonReporter } from './report/json.js';

export const reporterFor = (settings: BatchSettings, ctx: CliContext, mode: JobMode): Reporter =>
  settings.reporter === 'json' ? jsonReporter(ctx) : textReporter(ctx, mode === 'write' ? 'build' : 'check');

/** Sources and where their outputs go; usage problems are reported and give undefined. */
export async function planBatch(settings: BatchSettings, ctx: CliContext): Promise<PlannedSource[] | undefined> {
  const { planned, problems } = await planBuild(settings, ctx.cwd);
  for (const problem of problems) ctx.error(problem, EXIT.usage);
  return planned;
}

export async function runBatch(settings: BatchSettings, mode: JobMode, ctx: CliContext, strict = false): Promise<void> {
  const started = performance.now();
  const planned = await planBatch(settings, ctx);
  if (!planned) return;
  const jobs = jobsFor(planned, settings.options, mode);
  // Builds into one out-dir take turns, so no map ends up with formats from two versions.
  const lock = mode === 'write' ? await lockOutDir(settings.outDir, settings.lockTimeout, ctx) : undefined;
  if (lock === null) return;
  const reporter = reporterFor(settings, ctx, mode);
  reporter.start(jobs.length);
  const interrupts = trapInterrupts(() => planned.flatMap((p) => p.outputs.map((o) => o.path)));
  try {
    if (mode === 'write') await removeStaleTemporaries(planned, ctx);
    const results = await runAll(jobs, {
      parallel: parallelism(jobs.length, settings.parallel),
      compile,
      onResult: (result) => reporter.result(result),
      signal: interrupts.signal,
    });
    if (interrupts.received()) {
      ctx.error(`interrupted after ${results.length} of ${jobs.length} maps; every output written is complete`);
      return;
    }
    const orphans = mode === 'check' && strict ? await findOrphans(planned, settings.formats ?? ['svg'], settings.outDir, ctx.cwd) : [];
    const temporaries = mode === 'check' && strict ? await staleTemporaries(planned, ctx) : [];
    reporter.finish({
      command: mode === 'write' ? 'build' : 'check',
      results,
      orphans: orphans.map((o) => shownPath(o, ctx.cwd)),
      temporaries,
      seconds: (performance.now() - started) / 1000,
    });
  } finally {
    // Before release(): that re-raises a trapped signal, which ends the process.
    await lock?.release();
    interrupts.release();
  }
}
