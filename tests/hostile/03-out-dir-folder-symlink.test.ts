// Finding 3: a folder symlink inside --out-dir (`out/team -> /elsewhere`) had outputs written, and
// files overwritten, in the link's target. Each output folder's real path must stay in the out-dir.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, outside, runMeasured, snapshot, tempFolder, tinyMap } from '../helpers/hostile.js';

const tmp = tempFolder('03');
afterAll(() => tmp.remove());

describe('finding 3: a folder symlink inside --out-dir', () => {
  const { dir } = tmp;
  mkdirSync(join(dir, 'maps', 'team', 'deep'), { recursive: true });
  mkdirSync(join(dir, 'out'));
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'maps', 'top.yaml'), tinyMap('Top'));
  writeFileSync(join(dir, 'maps', 'team', 'b.yaml'), tinyMap('Team'));
  writeFileSync(join(dir, 'maps', 'team', 'deep', 'c.yaml'), tinyMap('Deep'));
  writeFileSync(join(dir, 'elsewhere', 'b.svg'), 'not yours\n');
  symlinkSync('../elsewhere', join(dir, 'out', 'team'));

  it('build refuses the outputs under the link by name, builds the rest, and changes nothing outside out/', () => {
    const before = outside(snapshot(dir), 'out');
    const run = runMeasured(['build', 'maps', '--out-dir', 'out', '-f', 'svg,json'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('out/team/b.svg: cannot write (a folder on the way is a symlink that leads outside the output folder; refused)');
    expect(run.stderr).toContain('out/team/deep/c.svg: cannot write');
    expect(run.stderr).toContain('wrote out/top.svg');
    expect(readFileSync(join(dir, 'elsewhere', 'b.svg'), 'utf8')).toBe('not yours\n');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual(['b.svg']);
    expect(outside(snapshot(dir), 'out')).toEqual(before);
  });

  it('check refuses to compare through the link too', () => {
    const run = runMeasured(['check', 'maps', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('out/team/b.svg: cannot read');
  });
});
