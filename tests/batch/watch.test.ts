// Folder watching for watch mode: saves arrive as one list of paths; a closed watch stays closed.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldersToWatch, watchFolders } from '../../src/batch/watch.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-watch-unit-'));
  mkdirSync(join(dir, 'maps', 'team', 'deep'), { recursive: true });
  mkdirSync(join(dir, 'maps', '.git'));
  mkdirSync(join(dir, 'other'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Open folder watches, once closed handles have finished closing (libuv closes on the next turn). */
const watchHandles = async (): Promise<number> => {
  for (let turn = 0; turn < 3; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap').length;
};

describe('watchFolders', () => {
  it('hands over a save-by-rename as one list that names the spec', async () => {
    const lists: string[][] = [];
    const got = new Promise<void>((resolve) => {
      const watch = watchFolders((paths) => {
        lists.push(paths);
        watch.close();
        resolve();
      }, 30);
      watch.update([join(dir, 'maps')]);
    });
    writeFileSync(join(dir, 'maps', '.a.yaml.swp'), 'title: x\n');
    renameSync(join(dir, 'maps', '.a.yaml.swp'), join(dir, 'maps', 'a.yaml'));
    await got;
    expect(lists).toHaveLength(1);
    expect(lists[0]).toContain(join(dir, 'maps', 'a.yaml'));
  });

  it('stays closed when a round in progress asks to update it', async () => {
    const before = await watchHandles();
    const watch = watchFolders(() => undefined);
    watch.update([join(dir, 'maps'), join(dir, 'other')]);
    expect(await watchHandles()).toBe(before + 2);
    watch.update([join(dir, 'maps')]);
    expect(await watchHandles()).toBe(before + 1);
    watch.close();
    watch.update([join(dir, 'maps')]);
    expect(await watchHandles()).toBe(before);
  });
});

describe('foldersToWatch', () => {
  it('watches each source folder, and every folder under folder and glob inputs', async () => {
    const source = { file: 'other/x.yaml', path: join(dir, 'other', 'x.yaml'), base: join(dir, 'other') };
    expect(await foldersToWatch(['maps/**/*.yaml', 'other/x.yaml'], [source], dir)).toEqual([
      join(dir, 'maps'),
      join(dir, 'maps', 'team'),
      join(dir, 'maps', 'team', 'deep'),
      join(dir, 'other'),
    ]);
    expect(await foldersToWatch(['maps/team'], [], dir)).toEqual([join(dir, 'maps', 'team'), join(dir, 'maps', 'team', 'deep')]);
  });
});
