// A config file in a parent folder (`--config ../cjm.config.yaml`) has its include and exclude
// globs rebased to `../…`; the exclusions must still apply to the files they name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/batch/config.js';
import { expandInputs } from '../../src/batch/sources.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cjm-exclude-'));
  for (const rel of ['maps/a.yaml', 'maps/drafts/b.yaml', 'maps/team/drafts/c.yaml', 'sub/.keep']) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), 'title: x\n');
  }
  writeFileSync(join(root, 'cjm.config.yaml'), 'include: "maps/**/*.yaml"\nexclude: ["maps/drafts/**", "**/team/drafts/**"]\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function built(cwd: string, config?: string): Promise<string[]> {
  const loaded = await loadConfig(cwd, config);
  expect(loaded.problems).toEqual([]);
  const { sources } = await expandInputs(loaded.values.include ?? [], cwd, loaded.values.exclude);
  return sources.map((s) => s.file);
}

describe('exclude from a config file', () => {
  it('applies in the config file’s own folder', async () => {
    expect(await built(root)).toEqual(['maps/a.yaml']);
  });

  it('applies from a subfolder with --config ../cjm.config.yaml', async () => {
    expect(await built(join(root, 'sub'), '../cjm.config.yaml')).toEqual(['../maps/a.yaml']);
  });
});
