// Shared by tests/hostile/: run the bundled CLI under /usr/bin/time (CPU seconds and peak memory of
// the child, not of the test runner), snapshot folders to prove nothing outside --out-dir changed,
// and the assertions every hostile case makes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, ROOT } from './cli.js';

/** Generous bounds from issue 10: each hostile case is processed or refused well within them. */
export const MAX_CPU_SECONDS = 5;
export const MAX_RSS_MB = 500;

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  cpuSeconds: number;
  maxRssMb: number;
}

const MARK = 'CJM-RESOURCES';

const timeArgs = (args: string[]): string[] => ['-f', `${MARK} %U %S %M`, process.execPath, BIN, ...args];
const childEnv = (env?: Record<string, string | undefined>): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env });

function measured(status: number | null, stdout: string, rawStderr: string): MeasuredRun {
  const lines = rawStderr.split('\n');
  const index = lines.findIndex((l) => l.startsWith(MARK));
  const [user, system, rssKb] = (lines[index] ?? '').split(' ').slice(1).map(Number);
  // /usr/bin/time adds "Command exited with non-zero status N" before its own line.
  const stderr = lines.filter((l, i) => i !== index && !l.startsWith('Command exited with non-zero status')).join('\n');
  return { status, stdout, stderr, cpuSeconds: (user ?? NaN) + (system ?? NaN), maxRssMb: (rssKb ?? NaN) / 1024 };
}

/**
 * Runs the CLI under /usr/bin/time and waits for it. The wall-clock timeout only stops a runaway
 * child; the verdict is its CPU time, so a busy machine does not fail a test.
 */
export function runMeasured(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): MeasuredRun {
  const result = spawnSync('/usr/bin/time', timeArgs(args), {
    cwd: options.cwd ?? ROOT,
    input: '',
    encoding: 'utf8',
    env: childEnv(options.env),
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  return measured(result.status, result.stdout, result.stderr);
}

/** The same, without blocking: for commands that must run side by side. */
export function startMeasured(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<MeasuredRun> {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', timeArgs(args), { cwd: options.cwd, env: childEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve(measured(status, stdout, stderr));
    });
  });
}

/** Every entry below `root` (not following symlinks): content hash for files, target for links. */
export function snapshot(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      const info = lstatSync(full);
      if (info.isSymbolicLink()) found.set(rel, `link ${readlinkSync(full)}`);
      else if (info.isDirectory()) {
        found.set(rel, 'folder');
        visit(full, rel);
      } else if (info.isFile()) found.set(rel, `file ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
      else found.set(rel, 'special');
    }
  };
  visit(root, '');
  return found;
}

/** Entries of a snapshot outside `outDir` (a path relative to the snapshot's root). */
export const outside = (snap: Map<string, string>, outDir: string): Map<string, string> =>
  new Map([...snap].filter(([rel]) => rel !== outDir && !rel.startsWith(`${outDir}/`)));

/** Not exit 70, no secret anywhere it could be seen, and within the CPU and memory bounds. */
export function expectContained(run: MeasuredRun, secrets: readonly string[] = []): void {
  expect(run.status, run.stderr).not.toBe(70);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
  expect(run.cpuSeconds).toBeLessThan(MAX_CPU_SECONDS);
  expect(run.maxRssMb).toBeLessThan(MAX_RSS_MB);
}

/** No output file under `dir` holds any of the secrets. */
export function expectNoSecretIn(dir: string, secrets: readonly string[]): void {
  for (const [rel, kind] of snapshot(dir)) {
    if (!kind.startsWith('file ')) continue;
    const text = readFileSync(join(dir, rel), 'latin1');
    for (const secret of secrets) expect(text, rel).not.toContain(secret);
  }
}

/** A fresh temporary folder and its removal, for afterAll/finally. */
export function tempFolder(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `cjm-hostile-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small valid map, `title` making versions tell apart. */
export const tinyMap = (title: string): string => `title: ${title}
persona:
  name: Tester
stages:
  - name: Start
    touchpoints:
      - name: Sign up
        emotion: 1
        pains: [Too many fields]
        opportunities: [Fewer fields]
  - name: End
    touchpoints:
      - name: Done
        emotion: 2
`;

/** CPU seconds and peak memory so far of a running child (Linux /proc), for long-running commands. */
export function procUsage(pid: number): { cpuSeconds: number; maxRssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds: ticks / 100, maxRssMb: Number(hwm?.[1] ?? NaN) / 1024 };
}
