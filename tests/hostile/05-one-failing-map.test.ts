// Finding 5: one map that crashed the build (the 70,000-line thought, with -f pdf) among three good
// maps aborted the whole batch on the main thread: exit 70, no outputs. Now the bad map fails
// alone (exit 1) and the others are written; an internal error is reported against its map.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodYaml, longThoughtYaml } from '../../scripts/lib/hostile.mjs';
import { runJob } from '../../src/batch/job.js';
import type { Job } from '../../src/batch/job.js';
import { compile } from '../../src/compile.js';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-05-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 5: one bad map among three good ones', () => {
  it('fails alone; the good maps are built; exit 1', () => {
    mkdirSync(join(dir, 'maps'));
    for (const name of ['a', 'b', 'd']) writeFileSync(join(dir, 'maps', `${name}.yaml`), goodYaml(name));
    writeFileSync(join(dir, 'maps', 'c.yaml'), longThoughtYaml(70_000));
    const run = runMeasured(['build', 'maps', '-f', 'pdf,svg', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^maps\/c\.yaml:7:18: error text-too-long/m);
    for (const name of ['a', 'b', 'd']) for (const ext of ['pdf', 'svg']) expect(existsSync(join(dir, 'out', `${name}.${ext}`)), `${name}.${ext}`).toBe(true);
    expect(existsSync(join(dir, 'out', 'c.svg'))).toBe(false);
  });

  it("an internal error while compiling one map is that map's failure, with CJM_DEBUG for the stack", async () => {
    const path = join(dir, 'maps', 'a.yaml');
    const job: Job = { id: 0, file: 'maps/a.yaml', path, outputs: [], options: {}, mode: 'check' };
    const result = await runJob(job, () => Promise.reject(new RangeError('Maximum call stack size exceeded')));
    expect(result.failed).toBe(true);
    expect(result.problem).toBe('maps/a.yaml: internal error: Maximum call stack size exceeded; set CJM_DEBUG=1 for the stack');
    // The next job runs as usual.
    const next = await runJob({ ...job, id: 1 }, compile);
    expect(next.failed).toBe(false);
  });
});
