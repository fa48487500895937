// Runs the built CLI on a hostile input and measures what it cost: CPU time (not wall time, so a
// busy machine does not fail the test) and peak memory, reported by the child itself at exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const USAGE = fileURLToPath(new URL('./usage.cjs', import.meta.url));

/** The bounds every hostile input must stay within, processed or refused (issue 10, "Done when"). */
export const MAX_CPU_SECONDS = 5;
export const MAX_RSS_MB = 500;

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  cpuSeconds: number;
  maxRssMb: number;
}

export function runMeasured(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), 'cjm-usage-'));
  const file = join(dir, 'usage.json');
  try {
    const r = spawnSync(process.execPath, ['--require', USAGE, BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CJM_USAGE_FILE: file, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    const usage = JSON.parse(readFileSync(file, 'utf8')) as { cpuSeconds: number; maxRssMb: number };
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...usage };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Not an internal error, within the CPU and memory bounds. */
export function expectBounded(run: MeasuredRun): void {
  expect(run.status, run.stderr.slice(0, 2000)).not.toBe(70);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(run.cpuSeconds).toBeLessThan(MAX_CPU_SECONDS);
  expect(run.maxRssMb).toBeLessThan(MAX_RSS_MB);
}
