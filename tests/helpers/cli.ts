// Runs the bundled CLI (dist/cli.mjs via bin/cjm.js) in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/cjm.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A bound on one run (spawnSync blocks, so the test's own time limit cannot stop a hung child). It is
 * generous: on a busy 2-core machine a big batch takes minutes, and the e2e test limit is 180 s.
 */
export const CLI_RUN_LIMIT_MS = 170_000;

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    timeout: CLI_RUN_LIMIT_MS,
  });
  if (result.error) throw new Error(`cjm ${args.join(' ')}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
