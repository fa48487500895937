// Builds a batch on worker threads and the main thread together, all taking jobs from one queue.
// The main thread starts at once, so nothing waits for workers to boot (~100 ms each); each worker
// holds two jobs so it never idles while the main thread is busy compiling. Loaded only for
// batches big enough to use it (see run.ts). On abort no new job starts; running jobs finish, so
// no thread is stopped halfway through writing a file.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

export interface SharedRun {
  workers: number;
  workerUrl: URL;
  /** Runs a job on the main thread; without it only the workers build. */
  local?: (job: Job) => Promise<JobResult>;
  onResult(result: JobResult): void;
  signal?: AbortSignal;
}

const IN_FLIGHT_PER_WORKER = 2;

export async function runShared(jobs: readonly Job[], run: SharedRun): Promise<void> {
  // Imported here, not at the top: the bundled CLI would otherwise load it for every command.
  const { Worker } = await import('node:worker_threads');
  let next = 0;
  const take = (): Job | undefined => (run.signal?.aborted || next >= jobs.length ? undefined : jobs[next++]);

  const worker = (): Promise<void> =>
    new Promise((resolve) => {
      const thread = new Worker(run.workerUrl);
      const held = new Map<number, Job>();
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        void thread.terminate();
        resolve();
      };
      const refill = (): void => {
        while (held.size < IN_FLIGHT_PER_WORKER) {
          const job = take();
          if (!job) break;
          held.set(job.id, job);
          thread.postMessage(job);
        }
        if (held.size === 0) finish();
      };
      thread.on('message', (result: JobResult) => {
        held.delete(result.id);
        run.onResult(result);
        refill();
      });
      // A crashed worker fails only the jobs it held; a fresh one takes its place for the rest.
      const crash = (why: string): void => {
        if (done) return;
        done = true;
        for (const job of held.values()) run.onResult(crashed(job, why));
        held.clear();
        resolve(next < jobs.length && !run.signal?.aborted ? worker() : undefined);
      };
      thread.on('error', (err) => crash(err.message));
      thread.on('exit', (code) => crash(`worker exited with code ${code}`));
      refill();
    });

  const local = async (): Promise<void> => {
    if (!run.local) return;
    for (let job = take(); job; job = take()) run.onResult(await run.local(job));
  };

  const threads = Array.from({ length: Math.min(run.workers, jobs.length) }, worker);
  await Promise.all([...threads, local()]);
}
