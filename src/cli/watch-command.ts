// `cjm build --watch` (and `cjm watch`): build everything, then rebuild each map as it is saved.
// A map that stops compiling keeps its last good outputs on disk until it is fixed.
import { performance } from 'node:perf_hooks';
import type { CliContext } from './context.js';
import type { BatchSettings } from './batch-options.js';
import { reporterFor } from './batch-run.js';
import { watchLoop } from './watch-loop.js';
import { compile } from '../compile.js';
import { jobsFor, parallelism, runAll } from '../batch/run.js';

export async function watchBuild(settings: BatchSettings, ctx: CliContext): Promise<void> {
  await watchLoop({
    settings,
    ctx,
    async rebuild(sources, first, live) {
      const started = performance.now();
      const jobs = jobsFor(sources, settings.options, 'write');
      const reporter = reporterFor(settings, live, 'write');
      reporter.start(jobs.length);
      const results = await runAll(jobs, {
        parallel: first ? parallelism(jobs.length, settings.parallel) : 1,
        compile,
        onResult(result) {
          reporter.result(result);
          if (result.failed && !first) live.info(`${result.file}: not rebuilt; its last good outputs stay`);
        },
      });
      reporter.finish({ command: 'build', results, orphans: [], seconds: (performance.now() - started) / 1000 });
    },
    ready(sources) {
      ctx.info(`watching ${sources.length} ${sources.length === 1 ? 'map' : 'maps'} for changes; press Ctrl-C to stop`);
    },
  });
}
