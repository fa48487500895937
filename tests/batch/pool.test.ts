// The worker pool with the real bundled worker (dist/build-worker.mjs, bundled by the global setup).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job, JobResult } from '../../src/batch/job.js';
import { runJob } from '../../src/batch/job.js';
import { runShared } from '../../src/batch/pool.js';
import { compile } from '../../src/compile.js';
import { ROOT } from '../helpers/cli.js';

const WORKER = pathToFileURL(join(ROOT, 'dist/build-worker.mjs'));
const EXAMPLES = ['saas-trial-en', 'skincare-zh', 'hotel-blueprint-en', 'event-platform-zh'];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-pool-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const jobsInto = (folder: string): Job[] =>
  EXAMPLES.map((name, id) => ({
    id,
    file: `examples/${name}.yaml`,
    path: join(ROOT, 'examples', `${name}.yaml`),
    outputs: (['svg', 'json'] as const).map((format) => ({ format, path: join(dir, folder, `${name}.${format}`), shown: `${folder}/${name}.${format}` })),
    options: { theme: 'dark' },
    mode: 'write',
  }));

describe('runShared', () => {
  it('builds on worker threads alone, byte for byte as the main thread does', async () => {
    const results: JobResult[] = [];
    await runShared(jobsInto('workers'), { workers: 2, workerUrl: WORKER, onResult: (r) => results.push(r) });
    expect(results.map((r) => r.id).sort()).toEqual([0, 1, 2, 3]);
    expect(results.every((r) => !r.failed && r.outputs.every((o) => o.status === 'written'))).toBe(true);
    for (const job of jobsInto('main')) await runJob(job, compile);
    for (const name of EXAMPLES) {
      for (const ext of ['svg', 'json'])
        expect(readFileSync(join(dir, 'workers', `${name}.${ext}`)).equals(readFileSync(join(dir, 'main', `${name}.${ext}`)))).toBe(true);
    }
  });

  it('shares one queue between the main thread and the workers, each job once', async () => {
    const ran: string[] = [];
    const seen: number[] = [];
    const local = async (job: Job): Promise<JobResult> => {
      ran.push(job.file);
      return runJob(job, compile);
    };
    await runShared(jobsInto('shared'), { workers: 1, workerUrl: WORKER, local, onResult: (r) => seen.push(r.id) });
    expect(seen.sort()).toEqual([0, 1, 2, 3]);
    expect(ran.length).toBeGreaterThan(0); // the main thread did not wait for the worker to boot
  });

  it('fails only the jobs of a worker that crashes, and finishes the rest', async () => {
    const crashing = new URL(
      `data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3));")}`,
    );
    const results: JobResult[] = [];
    await runShared(jobsInto('crash'), { workers: 1, workerUrl: crashing, local: (job) => runJob(job, compile), onResult: (r) => results.push(r) });
    expect(results.map((r) => r.id).sort()).toEqual([0, 1, 2, 3]);
    const failed = results.filter((r) => r.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => /internal error: worker exited with code 3/.test(r.problem ?? ''))).toBe(true);
  });
});
