// Finding 15: two concurrent builds of different versions into one out-dir left 3 of 300 maps with
// formats from different versions. Builds into one out-dir now take turns on `<out-dir>/.cjm.lock`.
import { hostname } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, runMeasured, startMeasured, tempFolder, tinyMap } from '../helpers/hostile.js';

const tmp = tempFolder('15');
afterAll(() => tmp.remove());

const MAPS = 12;
const { dir } = tmp;
for (const version of ['v1', 'v2']) {
  mkdirSync(join(dir, version));
  for (let i = 0; i < MAPS; i += 1) writeFileSync(join(dir, version, `m${i}.yaml`), tinyMap(`Map ${i} version ${version}`));
}
const versionOf = (text: string): string | undefined => /version (v\d)/.exec(text)?.[1];

describe('finding 15: two builds into one out-dir', () => {
  it('run one after the other, so every map has all its formats from one version', async () => {
    const runs = await Promise.all(['v1', 'v2'].map((v) => startMeasured(['build', v, '--out-dir', 'out', '-f', 'svg,json,html'], { cwd: dir })));
    for (const run of runs) {
      expectContained(run);
      expect(run.status, run.stderr).toBe(0);
    }
    for (let i = 0; i < MAPS; i += 1) {
      const versions = new Set(['svg', 'json', 'html'].map((f) => versionOf(readFileSync(join(dir, 'out', `m${i}.${f}`), 'utf8'))));
      expect(versions.size, `m${i}`).toBe(1);
    }
    expect(readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('a build waits for a lock held by a live process, then fails clearly after --lock-timeout', () => {
    mkdirSync(join(dir, 'held'));
    writeFileSync(join(dir, 'held', '.cjm.lock'), `${process.pid} ${hostname()}\n`);
    const run = runMeasured(['build', 'v1', '--out-dir', 'held', '--lock-timeout', '0.3'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`waiting for another build into held (pid ${process.pid} on ${hostname()}) to finish`);
    expect(run.stderr).toContain('still holds held/.cjm.lock after 0.3 s; nothing was built');
    expect(readdirSync(join(dir, 'held'))).toEqual(['.cjm.lock']);
  });

  it('takes over the lock of a build that was killed', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', '.cjm.lock'), `${dead} ${hostname()}\n`);
    const run = runMeasured(['build', 'v2', '--out-dir', 'taken', '--lock-timeout', '0'], { cwd: dir });
    expectContained(run);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'taken', '.cjm.lock'))).toBe(false);
    expect(existsSync(join(dir, 'taken', 'm0.svg'))).toBe(true);
  });
});
