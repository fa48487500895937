// What a batch prints: a progress line on a terminal, plain lines in CI or through a pipe.
// Runs the CLI in-process so the "terminal" can be faked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/cli.js';

// The four original examples, so the counts below do not move when examples are added.
const FOUR = ['event-platform-zh', 'hotel-blueprint-en', 'saas-trial-en', 'skincare-zh'].map((n) => `examples/${n}.yaml`);
let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'cjm-report-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

async function build(args: string[], terminal: boolean, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(['build', ...FOUR, '--out-dir', out, ...args], {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)), isTTY: terminal },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)), isTTY: terminal },
    readStdin: async () => '',
    env: { NO_COLOR: '1', ...env },
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

describe('batch reporting', () => {
  it('draws a progress line in place on a terminal, then clears it for the summary', async () => {
    const { code, stderr } = await build([], true);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\r\x1b\[2K\[1\/4\] 25% examples\//);
    expect(stderr).not.toContain('wrote ');
    expect(stderr).toMatch(/\r\x1b\[2Kbuilt 4 maps \(4 files, 4 written\) in \d+\.\d s\n$/);
  });

  it('prints plain lines only in CI, even on a terminal', async () => {
    const { stderr } = await build([], true, { CI: 'true' });
    expect(stderr).not.toMatch(/[\r\x1b]/);
    expect(stderr.split('\n').filter((l) => l.startsWith('wrote '))).toHaveLength(4);
    expect(stderr).toMatch(/^built 4 maps/m);
  });

  it('prints plain lines through a pipe, and nothing but errors with --quiet', async () => {
    const piped = await build([], false);
    expect(piped.stderr).not.toMatch(/[\r\x1b]/);
    expect(piped.stderr).toContain('wrote ');
    const quiet = await build(['--quiet'], true);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
  });

  it('says nothing about unchanged files in a batch, but names them for a single map', async () => {
    await build([], false);
    const again = await build([], false);
    expect(again.stderr).not.toContain('wrote ');
    expect(again.stderr).toMatch(/built 4 maps \(4 files, 0 written\)/);
    let stderr = '';
    await main(['build', 'examples/saas-trial-en.yaml', '--out-dir', out], {
      stdout: { write: () => true },
      stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
      readStdin: async () => '',
      env: {},
      cwd: ROOT,
    });
    expect(stderr).toBe(`unchanged ${join(out, 'saas-trial-en.svg')}\n`);
  });
});
