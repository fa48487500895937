// Finding 14: SIGKILL during a batch can leave `.name.svg.PID.tmp` behind, which nothing removed
// and `check --strict` ignored. check --strict lists those whose writer is gone; build removes them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, outside, runMeasured, snapshot, tempFolder, tinyMap } from '../helpers/hostile.js';

const tmp = tempFolder('14');
afterAll(() => tmp.remove());

/** The pid of a process that has exited (pids are not reused that fast). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;

describe('finding 14: temporary files left by a killed build', () => {
  const { dir } = tmp;
  mkdirSync(join(dir, 'maps', 'team'), { recursive: true });
  mkdirSync(join(dir, 'out', 'team'), { recursive: true });
  writeFileSync(join(dir, 'maps', 'a.yaml'), tinyMap('A'));
  writeFileSync(join(dir, 'maps', 'team', 'b.yaml'), tinyMap('B'));
  writeFileSync(join(dir, 'precious.txt'), 'keep\n');
  const dead = deadPid();
  const stale = [`out/.a.svg.${dead}.tmp`, `out/team/.b.json.${dead}.tmp`];
  // Alive (this test runner), and not of cjm's pattern: neither is touched.
  const kept = [`out/.a.svg.${process.pid}.tmp`, 'out/.notes.txt.1.tmp', 'out/keep.tmp'];
  for (const rel of [...stale, ...kept]) writeFileSync(join(dir, rel), '<svg half-writ');
  // A planted leftover that is a symlink: removing it removes the link, never its target.
  const link = `out/.a.html.${dead}.tmp`;
  symlinkSync('../precious.txt', join(dir, link));

  it('check --strict lists the stale ones and fails', () => {
    const run = runMeasured(['check', 'maps', '--out-dir', 'out', '-f', 'svg,json', '--strict'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    for (const rel of [...stale, link]) expect(run.stdout).toContain(`${rel}: temporary file left by a build that was killed`);
    for (const rel of kept) expect(run.stdout).not.toContain(rel);
  });

  it('build removes them, and only them', () => {
    const before = outside(snapshot(dir), 'out');
    const run = runMeasured(['build', 'maps', '--out-dir', 'out', '-f', 'svg,json'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(0);
    for (const rel of [...stale, link]) expect(existsSync(join(dir, rel)), rel).toBe(false);
    for (const rel of kept) expect(existsSync(join(dir, rel)), rel).toBe(true);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep\n');
    expect(outside(snapshot(dir), 'out')).toEqual(before);
    const again = runMeasured(['check', 'maps', '--out-dir', 'out', '-f', 'svg,json', '--strict'], { cwd: dir });
    expect(again.stdout).not.toContain('temporary file');
  });
});
