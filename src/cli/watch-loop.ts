// The CLI's side of `cjm build --watch` and `cjm serve`: the library's watch loop
// (src/batch/watch-loop.ts), stopped by Ctrl-C, reporting through a context that a broken edit
// cannot make exit non-zero.
import type { CliContext } from './context.js';
import type { BatchSettings } from './batch-options.js';
import { planBatch } from './batch-run.js';
import type { PlannedSource } from '../batch/plan.js';
import { watchSources } from '../batch/watch-loop.js';
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

/** Resolves on the first SIGINT or SIGTERM; `release` stops listening without one. */
function untilInterrupted(): { stopped: Promise<void>; release(): void } {
  let release = (): void => {};
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      release();
      resolve();
    };
    release = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { stopped, release };
}

export async function watchLoop(loop: WatchLoop): Promise<void> {
  const { settings } = loop;
  const interrupt = untilInterrupted();
  const ctx = forgivingContext(loop.ctx);
  try {
    const watched = await watchSources({
      inputs: settings.inputs,
      cwd: ctx.cwd,
      // Start-up problems count towards the exit status; later ones (a file renamed away) do not.
      plan: (first) => planBatch(settings, first ? loop.ctx : ctx),
      rebuild: (sources, first) => loop.rebuild(sources, first, ctx),
      ready: loop.ready,
      onError: (message) => ctx.error(message),
      until: interrupt.stopped,
    });
    if (watched) ctx.info('stopped watching');
  } finally {
    interrupt.release();
  }
}
