// Finding 1: an existing output that is a symlink to /dev/zero was read without bound (19.8 GB).
// Outputs are read only as regular files, and only up to the new output's size plus one byte.
import { mkdirSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, outside, runMeasured, snapshot, tempFolder, tinyMap } from '../helpers/hostile.js';

const tmp = tempFolder('01');
afterAll(() => tmp.remove());

describe('finding 1: an output that is a symlink to /dev/zero or to a file outside --out-dir', () => {
  const { dir } = tmp;
  mkdirSync(join(dir, 'maps'));
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'maps', 'a.yaml'), tinyMap('Alpha'));
  writeFileSync(join(dir, 'maps', 'b.yaml'), tinyMap('Beta'));
  writeFileSync(join(dir, 'precious.txt'), 'do not overwrite me\n');
  symlinkSync('/dev/zero', join(dir, 'out', 'a.svg'));
  symlinkSync('../precious.txt', join(dir, 'out', 'b.svg'));

  it('check compares without reading the device, and says the outputs are missing', () => {
    const run = runMeasured(['check', 'maps', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('out/a.svg: missing');
    expect(run.stdout).toContain('out/b.svg: missing');
  });

  it('build replaces the links by files and writes nothing through them', () => {
    const before = outside(snapshot(dir), 'out');
    const run = runMeasured(['build', 'maps', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'out', 'a.svg')).isFile()).toBe(true);
    expect(lstatSync(join(dir, 'out', 'b.svg')).isFile()).toBe(true);
    expect(readFileSync(join(dir, 'out', 'a.svg'), 'utf8')).toContain('Alpha');
    expect(outside(snapshot(dir), 'out')).toEqual(before);
  });
});
