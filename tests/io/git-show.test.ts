import { describe, expect, it } from 'vitest';
import { gitShow, splitRevPath } from '../../src/io/git-show.js';
import type { GitRunner } from '../../src/io/git-show.js';

describe('gitShow', () => {
  it('asks git for the blob, the name after --end-of-options', async () => {
    const calls: (readonly string[])[] = [];
    const run: GitRunner = async (args) => {
      calls.push(args);
      return { status: 0, stdout: Buffer.from('title: 看診\n'), stderr: '' };
    };
    expect(await gitShow('-x:map.yaml', '/repo', run)).toEqual({ text: 'title: 看診\n' });
    expect(calls).toEqual([['cat-file', 'blob', '--end-of-options', '-x:map.yaml']]);
  });
  it("gives git's fatal line without the prefix, or why git did not start", async () => {
    const fail: GitRunner = async () => ({ status: 128, stdout: Buffer.alloc(0), stderr: "hint: x\nfatal: invalid object name 'nope'.\n" });
    expect(await gitShow('nope:a.yaml', '/', fail)).toEqual({ problem: "invalid object name 'nope'." });
    const missing: GitRunner = async () => ({ status: null, stdout: Buffer.alloc(0), stderr: '', spawnError: 'git is not installed (or not on PATH)' });
    expect(await gitShow('HEAD:a.yaml', '/', missing)).toEqual({ problem: 'git is not installed (or not on PATH)' });
  });
  it('splits at the first colon', () => {
    expect(splitRevPath('origin/main:maps/a:b.yaml')).toEqual({ rev: 'origin/main', path: 'maps/a:b.yaml' });
    expect(splitRevPath(':./a.yaml')).toEqual({ rev: '', path: './a.yaml' });
    expect(splitRevPath('a.yaml')).toBeUndefined();
  });
});
