// One job (read, compile, write or compare) and a batch of them, with a stand-in compiler so the
// machinery is tested apart from the pipeline.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompileFn, Job } from '../../src/batch/job.js';
import { runJob } from '../../src/batch/job.js';
import { parallelism, runAll, WORKER_THRESHOLD } from '../../src/batch/run.js';

const fakeCompile: CompileFn = async (text, options) => {
  if (text.includes('bad')) {
    return {
      ok: false,
      outputs: {},
      diagnostics: [{ severity: 'error', code: 'bad-map', message: 'this map is bad', file: options.file ?? '', line: 1, column: 1, endLine: 1, endColumn: 4 }],
    };
  }
  const outputs = Object.fromEntries(options.format.map((f) => [f, f === 'pdf' ? new Uint8Array([37, 80, 68, 70]) : `<${f}>${text.trim()}</${f}>`]));
  return { ok: true, outputs, diagnostics: [] };
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-job-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function job(name: string, text: string | undefined, mode: Job['mode'] = 'write', id = 0): Job {
  if (text !== undefined) writeFileSync(join(dir, `${name}.yaml`), text);
  const outputs = (['svg', 'pdf'] as const).map((format) => ({ format, path: join(dir, 'out', `${name}.${format}`), shown: `out/${name}.${format}` }));
  return { id, file: `${name}.yaml`, path: join(dir, `${name}.yaml`), outputs, options: { theme: 'light' }, mode };
}

describe('runJob', () => {
  it('writes every output, then leaves identical ones untouched (same mtime)', async () => {
    const first = await runJob(job('a', 'one'), fakeCompile);
    expect(first.failed).toBe(false);
    expect(first.outputs.map((o) => o.status)).toEqual(['written', 'written']);
    expect(readFileSync(join(dir, 'out/a.svg'), 'utf8')).toBe('<svg>one</svg>');
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(join(dir, 'out/a.svg'), old, old);
    const again = await runJob(job('a', 'one'), fakeCompile);
    expect(again.outputs.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(statSync(join(dir, 'out/a.svg')).mtime.getTime()).toBe(old.getTime());
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.pdf', 'a.svg']);
  });

  it('keeps the last good outputs when the map fails, and returns the text for code frames', async () => {
    await runJob(job('a', 'good'), fakeCompile);
    const failed = await runJob(job('a', 'bad'), fakeCompile);
    expect(failed).toMatchObject({ failed: true, outputs: [], sourceText: 'bad' });
    expect(failed.diagnostics.map((d) => d.code)).toEqual(['bad-map']);
    expect(readFileSync(join(dir, 'out/a.svg'), 'utf8')).toBe('<svg>good</svg>');
  });

  it('compares with the disk in check mode without writing', async () => {
    const missing = await runJob(job('a', 'one', 'check'), fakeCompile);
    expect(missing.outputs.map((o) => o.status)).toEqual(['missing', 'missing']);
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
    await runJob(job('a', 'one'), fakeCompile);
    expect((await runJob(job('a', 'one', 'check'), fakeCompile)).outputs.map((o) => o.status)).toEqual(['current', 'current']);
    expect((await runJob(job('a', 'two', 'check'), fakeCompile)).outputs.map((o) => o.status)).toEqual(['stale', 'current']);
    expect(readFileSync(join(dir, 'out/a.svg'), 'utf8')).toBe('<svg>one</svg>');
  });

  it('reports an unreadable source or an unwritable output as a problem, not a throw', async () => {
    expect(await runJob(job('gone', undefined), fakeCompile)).toMatchObject({ failed: true, problem: 'gone.yaml: no such file' });
    writeFileSync(join(dir, 'out'), 'a file where the folder should be');
    const blocked = await runJob(job('a', 'one'), fakeCompile);
    expect(blocked.failed).toBe(true);
    expect(blocked.problem).toMatch(/^out\/a\.svg: cannot write/);
    expect((await runJob(job('a', 'one', 'check'), fakeCompile)).problem).toMatch(/^out\/a\.svg: cannot read/);
  });
});

describe('runAll', () => {
  it('builds in the main thread, one bad map among good ones, results in job order', async () => {
    const jobs = [job('a', 'one', 'write', 0), job('b', 'bad', 'write', 1), job('c', 'three', 'write', 2)];
    const seen: string[] = [];
    const results = await runAll(jobs, { parallel: 1, compile: fakeCompile, onResult: (r) => seen.push(r.file) });
    expect(results.map((r) => [r.file, r.failed])).toEqual([
      ['a.yaml', false],
      ['b.yaml', true],
      ['c.yaml', false],
    ]);
    expect(seen).toHaveLength(3);
    expect(readFileSync(join(dir, 'out/c.svg'), 'utf8')).toBe('<svg>three</svg>');
  });

  it('starts no new job once aborted', async () => {
    const controller = new AbortController();
    const jobs = [job('a', 'one', 'write', 0), job('b', 'two', 'write', 1)];
    const results = await runAll(jobs, { parallel: 1, compile: fakeCompile, signal: controller.signal, onResult: () => controller.abort() });
    expect(results.map((r) => r.file)).toEqual(['a.yaml']);
  });

  it('uses every core only for batches big enough to pay for workers, unless told', () => {
    expect(parallelism(WORKER_THRESHOLD - 1, undefined, 4)).toBe(1);
    expect(parallelism(WORKER_THRESHOLD, undefined, 4)).toBe(4);
    expect(parallelism(3, 2, 4)).toBe(2);
    expect(parallelism(1000, 0, 4)).toBe(1);
  });
});
