// Runs a batch of jobs: in the main thread for small batches (starting workers costs more than it
// saves), on worker threads for big ones. The worker machinery is imported only then.
import { availableParallelism } from 'node:os';
import type { BatchOptions, CompileFn, Job, JobMode, JobResult, OutputWriter } from './job.js';
import { runJob } from './job.js';
import type { PlannedSource } from './plan.js';

/**
 * Below this many maps the main thread builds alone. Measured with scripts/bench-batch.mjs on the
 * 2-core dev machine (medians of 3, whole process): 64 maps 0.55 s alone vs 0.65 s with a worker,
 * 128 maps 0.97 s vs 0.93 s, 512 maps 2.7 s vs 2.4 s, 1,000 maps 4.1 s vs 3.1 s. A worker costs
 * ~60-100 ms to boot and warm up, so it pays from roughly a hundred maps.
 */
export const WORKER_THRESHOLD = 100;

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
  /** Where outputs go instead of the mode's files (stdout, a server); a function stays in the main thread. */
  write?: OutputWriter;
}

/** One job per planned source, numbered in order; each spec must really stay in its root (or base) folder. */
export const jobsFor = (planned: readonly PlannedSource[], options: BatchOptions, mode: JobMode): Job[] =>
  planned.map((p, id) => ({ id, file: p.file, path: p.path, root: p.root ?? p.base, outputs: p.outputs, options, mode }));

export async function runJobs(jobs: readonly Job[], options: RunOptions): Promise<void> {
  if (options.parallel > 1 && jobs.length > 1 && !options.write) {
    const pool = await import('./pool.js');
    const url = options.workerUrl ?? pool.bundledWorker();
    const local = (job: Job): Promise<JobResult> => runJob(job, options.compile);
    // The main thread is one of the builders: `parallel` threads means parallel - 1 workers.
    if (url) return pool.runShared(jobs, { workers: options.parallel - 1, workerUrl: url, local, onResult: options.onResult, signal: options.signal });
  }
  for (const job of jobs) {
    if (options.signal?.aborted) return;
    options.onResult(await runJob(job, options.compile, options.write));
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
