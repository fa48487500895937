// Entry point of a build worker thread (bundled as dist/build-worker.mjs): runs the jobs the main
// thread sends, one at a time, and posts each result back.
import { parentPort } from 'node:worker_threads';
import { compile } from '../compile.js';
import type { Job, JobResult } from './job.js';
import { internalError, runJob } from './job.js';

const port = parentPort;
if (port) {
  port.on('message', (job: Job) => {
    runJob(job, compile).then(
      (result) => port.postMessage(result),
      // A bug, not bad input: report it against this source and keep the worker serving.
      (err: unknown) => {
        const result: JobResult = { id: job.id, file: job.file, failed: true, diagnostics: [], outputs: [], problem: internalError(job.file, err) };
        port.postMessage(result);
      },
    );
  });
}
