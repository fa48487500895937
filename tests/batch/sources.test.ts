// Expanding files, folders and globs into sources, and planning where their outputs go.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonFolder, expandInputs } from '../../src/batch/sources.js';
import { planOutputs } from '../../src/batch/plan.js';
import { findOrphans } from '../../src/batch/orphans.js';

let root: string;
const touch = (rel: string, text = 'title: x\n'): void => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cjm-sources-'));
  for (const rel of [
    'maps/a.yaml',
    'maps/b.md',
    'maps/team/c.yml',
    'maps/team/deep/d.yaml',
    'maps/notes.txt',
    'maps/.hidden.yaml',
    'maps/node_modules/x.yaml',
    'maps/cjm.config.yaml',
    'other/e.yaml',
  ])
    touch(rel);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = async (inputs: string[], exclude: string[] = []) => {
  const { sources, problems } = await expandInputs(inputs, root, exclude);
  return { files: sources.map((s) => s.file), problems };
};

describe('expandInputs', () => {
  it('walks a folder for specs, skipping hidden entries, node_modules, config files and other extensions', async () => {
    expect(await files(['maps'])).toEqual({ files: ['maps/a.yaml', 'maps/b.md', 'maps/team/c.yml', 'maps/team/deep/d.yaml'], problems: [] });
    expect((await files(['maps/'])).files).toHaveLength(4);
  });

  it('expands globs relative to the working folder, sorted', async () => {
    expect((await files(['maps/**/*.{yaml,yml}'])).files).toEqual(['maps/a.yaml', 'maps/team/c.yml', 'maps/team/deep/d.yaml']);
    expect((await files(['maps/*.yaml'])).files).toEqual(['maps/a.yaml']);
    expect((await files(['./maps/team/*'])).files).toEqual(['maps/team/c.yml']);
    expect((await files(['*/*.yaml'])).files).toEqual(['maps/a.yaml', 'other/e.yaml']);
  });

  it('keeps plain files as typed, removes duplicates, and applies exclusions to folders and globs only', async () => {
    expect((await files(['maps/a.yaml', 'maps', './maps/a.yaml'])).files).toEqual(['maps/a.yaml', 'maps/b.md', 'maps/team/c.yml', 'maps/team/deep/d.yaml']);
    expect((await files(['maps'], ['maps/team/**'])).files).toEqual(['maps/a.yaml', 'maps/b.md']);
    expect((await files(['maps/team/c.yml'], ['maps/team/**'])).files).toEqual(['maps/team/c.yml']);
  });

  it('reports missing files and globs or folders without specs', async () => {
    const { problems } = await files(['nope.yaml', 'maps/*.json', 'other/../maps/team/deep', 'maps/a.yaml']);
    expect(problems).toEqual(['nope.yaml: no such file', 'no journey specs match "maps/*.json"']);
    touch('empty/readme.txt');
    expect((await files(['empty'])).problems).toEqual(['empty: no journey specs (.yaml, .yml, .md, .markdown) in this folder']);
  });

  it('finds the deepest shared folder of plain files', () => {
    expect(commonFolder(['/a/b/c', '/a/b/d', '/a/b/c/e'])).toBe('/a/b');
    expect(commonFolder(['/a/b'])).toBe('/a/b');
    expect(commonFolder(['/x', '/y'])).toBe('/');
  });
});

describe('planOutputs', () => {
  it('mirrors the source tree under --out-dir, from the glob or folder base', async () => {
    const { sources } = await expandInputs(['maps/**/*.yaml'], root);
    const { planned, problems } = planOutputs(sources, ['svg', 'html'], 'docs/out', root);
    expect(problems).toEqual([]);
    expect(planned.flatMap((p) => p.outputs.map((o) => o.shown))).toEqual([
      'docs/out/a.svg',
      'docs/out/a.html',
      'docs/out/team/deep/d.svg',
      'docs/out/team/deep/d.html',
    ]);
  });

  it('mirrors plain files from their shared folder, and writes next to the source without --out-dir', async () => {
    const { sources } = await expandInputs(['maps/a.yaml', 'maps/team/c.yml'], root);
    expect(planOutputs(sources, ['svg'], 'out', root).planned.map((p) => p.outputs[0]?.shown)).toEqual(['out/a.svg', 'out/team/c.svg']);
    expect(planOutputs(sources, ['json'], undefined, root).planned.map((p) => p.outputs[0]?.shown)).toEqual(['maps/a.json', 'maps/team/c.json']);
  });

  it('refuses two sources that would write the same file', async () => {
    touch('clash/a.yaml');
    touch('clash/a.md');
    const { sources } = await expandInputs(['clash'], root);
    expect(planOutputs(sources, ['svg'], undefined, root).problems).toEqual([
      'clash/a.md and clash/a.yaml would both write clash/a.svg; rename one or build them separately',
    ]);
  });
});

describe('findOrphans', () => {
  it('lists outputs of the chosen formats that no source produces, if cjm wrote them', async () => {
    const cjmSvg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1" role="img" aria-labelledby="cjm-title cjm-desc"/>\n';
    touch('orph/src/a.yaml');
    touch('orph/out/a.svg', cjmSvg);
    touch('orph/out/gone.svg', cjmSvg);
    touch('orph/out/sub/old.svg', cjmSvg);
    touch('orph/out/logo.svg', '<svg/>');
    touch('orph/out/keep.png', 'png');
    touch('orph/out/.a.svg.123.tmp', 'tmp');
    const { sources } = await expandInputs(['orph/src'], root);
    const { planned } = planOutputs(sources, ['svg'], 'orph/out', root);
    expect(await findOrphans(planned, ['svg'], 'orph/out', root)).toEqual([join(root, 'orph/out/gone.svg'), join(root, 'orph/out/sub/old.svg')]);
  });
});
