// Builds a batch on worker threads, one job in flight per worker. Loaded only for batches big
// enough to pay for starting the workers (see run.ts). On abort no new job starts; jobs already
// running finish, so no worker is killed halfway through writing a file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.js';

/** The bundled worker next to the bundled CLI (dist/build-worker.mjs), if there is one. */
export function bundledWorker(): URL | undefined {
  const url = new URL('./build-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

const crashed = (job: Job, why: string): JobResult => ({
  id: job.id,
  file: job.file,
  failed: true,
  diagnostics: [],
  outputs: [],
  problem: `${job.file}: internal error: ${why}`,
});

export function runInWorkers(
  jobs: readonly Job[],
  size: number,
  workerUrl: URL,
  onResult: (result: JobResult) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    const settleIfDone = (): void => {
      if (running === 0 && (next >= jobs.length || signal?.aborted)) resolve();
    };
    const start = (): void => {
      const worker = new Worker(workerUrl);
      running += 1;
      let current: Job | undefined;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        running -= 1;
        void worker.terminate();
        settleIfDone();
      };
      const feed = (): void => {
        current = signal?.aborted ? undefined : jobs[next];
        if (!current) return finish();
        next += 1;
        worker.postMessage(current);
      };
      worker.on('message', (result: JobResult) => {
        current = undefined;
        onResult(result);
        feed();
      });
      // A crashed worker fails only the job it held; a fresh worker takes over the rest.
      const onCrash = (why: string): void => {
        if (finished) return;
        if (current) onResult(crashed(current, why));
        current = undefined;
        finish();
        if (next < jobs.length && !signal?.aborted) start();
      };
      worker.on('error', (err) => onCrash(err.message));
      worker.on('exit', (code) => onCrash(`worker exited with code ${code}`));
      feed();
    };
    const count = Math.min(Math.max(1, size), jobs.length);
    for (let i = 0; i < count; i += 1) start();
    settleIfDone();
  });
}
