// A throwaway git repository of journey maps, as a team would keep them: specs under maps/ (one in
// a subfolder, one in Markdown), built into docs/maps/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const MAPS = ['maps/saas-trial-en.yaml', 'maps/skincare-zh.yaml', 'maps/team/hotel-blueprint-en.yaml', 'maps/team/event-platform-zh.md'] as const;

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=cjm test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}

export function makeMapRepo(prefix = 'cjm-repo-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'maps', 'team'), { recursive: true });
  for (const rel of MAPS) copyFileSync(join(ROOT, 'examples', rel.split('/').pop() ?? ''), join(dir, rel));
  // The hotel blueprint's persona photo sits beside it, as in examples/.
  cpSync(join(ROOT, 'examples', 'photos'), join(dir, 'maps', 'team', 'photos'), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'maps');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
