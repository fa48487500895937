// Reading `REV:PATH` from git the way `git show REV:PATH` names it (HEAD:map.yaml, origin/main:maps/a.md,
// :./a.yaml for the index, relative to the folder with ./). git itself resolves the name, so every
// revision syntax it knows works. The runner is passed in so tests need no repository.
import { execFile } from 'node:child_process';

export interface GitRunResult {
  /** Exit status (null when git could not be started). */
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not be started at all (not installed). */
  spawnError?: string;
}

export type GitRunner = (args: readonly string[], cwd: string) => Promise<GitRunResult>;

/** Maps beyond this size are refused rather than read into memory. */
const MAX_BYTES = 64 * 1024 * 1024;

export const execGit: GitRunner = (args, cwd) =>
  new Promise((resolve) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_BYTES, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (e && typeof e.code === 'string') {
          resolve({ status: null, stdout: Buffer.alloc(0), stderr: '', spawnError: e.code === 'ENOENT' ? 'git is not installed (or not on PATH)' : e.message });
          return;
        }
        resolve({ status: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout, stderr: stderr.toString('utf8') });
      },
    );
  });

/** `REV:PATH` split at the first colon; undefined when `spec` names no revision. */
export function splitRevPath(spec: string): { rev: string; path: string } | undefined {
  const at = spec.indexOf(':');
  if (at < 0) return undefined;
  return { rev: spec.slice(0, at), path: spec.slice(at + 1) };
}

/** git's complaint as one line: its first `fatal:` line without the prefix. */
function gitReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = lines.find((l) => l.startsWith('fatal:')) ?? lines[0] ?? 'git could not read it';
  return fatal.replace(/^fatal:\s*/, '');
}

/** The file's text at that revision, or why it cannot be read. Only blobs are read: a folder is refused. */
export async function gitShow(spec: string, cwd: string, run: GitRunner = execGit): Promise<{ text: string } | { problem: string }> {
  // `--end-of-options` keeps a name starting with `-` from being read as a flag.
  const result = await run(['cat-file', 'blob', '--end-of-options', spec], cwd);
  if (result.spawnError) return { problem: result.spawnError };
  if (result.status !== 0) return { problem: gitReason(result.stderr) };
  return { text: result.stdout.toString('utf8') };
}
