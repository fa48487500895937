// Runs a batch of jobs: in the main thread for small batches (starting workers costs more than it
// saves), on worker threads for big ones. The worker machinery is imported only then.
import { availableParallelism } from 'node:os';
import type { CompileFn, Job, JobResult } from './job.js';
import { runJob } from './job.js';

/**
 * Below this many maps the main thread builds alone. Measured on 2 cores (scripts/bench-batch.mjs):
 * a worker takes ~120 ms to start and warm up, about as long as building eight middling maps.
 */
export const WORKER_THRESHOLD = 16;

/** How many threads build: `requested` (--jobs) when given, else every core for big batches. */
export function parallelism(jobCount: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return jobCount >= WORKER_THRESHOLD ? cores : 1;
}

export interface RunOptions {
  /** Threads to build on; 1 builds in the main thread. */
  parallel: number;
  compile: CompileFn;
  onResult(result: JobResult): void;
  /** Once aborted, no new job starts; running ones finish. */
  signal?: AbortSignal;
  /** Worker script; defaults to the bundled dist/build-worker.mjs, without which the main thread builds. */
  workerUrl?: URL;
}

export async function runJobs(jobs: readonly Job[], options: RunOptions): Promise<void> {
  if (options.parallel > 1 && jobs.length > 1) {
    const pool = await import('./pool.js');
    const url = options.workerUrl ?? pool.bundledWorker();
    const local = (job: Job): Promise<JobResult> => runJob(job, options.compile);
    // The main thread is one of the builders: `parallel` threads means parallel - 1 workers.
    if (url) return pool.runShared(jobs, { workers: options.parallel - 1, workerUrl: url, local, onResult: options.onResult, signal: options.signal });
  }
  for (const job of jobs) {
    if (options.signal?.aborted) return;
    options.onResult(await runJob(job, options.compile));
  }
}

/** Runs jobs and returns their results in job order, whatever order they finished in. */
export async function runAll(jobs: readonly Job[], options: RunOptions): Promise<JobResult[]> {
  const results: JobResult[] = [];
  await runJobs(jobs, {
    ...options,
    onResult(result) {
      results.push(result);
      options.onResult(result);
    },
  });
  return results.sort((a, b) => a.id - b.id);
}
