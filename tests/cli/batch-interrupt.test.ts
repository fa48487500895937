// Killing a batch build part-way: every output on disk is whole, and no temporary file is left.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJourneyYaml } from '../../scripts/lib/generate-journey.mjs';
import { runCli } from '../helpers/cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';

const MAPS = 120;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-kill-'));
  mkdirSync(join(dir, 'maps'));
  for (let i = 0; i < MAPS; i += 1)
    writeFileSync(join(dir, 'maps', `m${String(i).padStart(3, '0')}.yaml`), (generateJourneyYaml as (n: number) => string)(8 + (i % 12)));
  // The reference: every map built without interruption.
  expect(runCli(['build', 'maps', '--out-dir', 'full', '-f', 'svg,html', '-q'], { cwd: dir }).status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a build, waits until some outputs exist, then sends `signal`. */
async function interrupted(out: string, signal: NodeJS.Signals, jobs: string) {
  const cli = spawnCli(['build', 'maps', '--out-dir', out, '-f', 'svg,html', '--jobs', jobs, '--reporter', 'json'], { cwd: dir });
  try {
    const count = (): number => {
      try {
        return readdirSync(join(dir, out)).length;
      } catch {
        return 0;
      }
    };
    // Wait for the first outputs however long a busy machine takes (the test's time limit bounds it).
    while (count() < 6 && cli.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    // Finishing the maps in progress may take long under load: never escalate to SIGKILL here.
    return { ...(await cli.stop(signal, 150_000)), stderr: cli.stderr() };
  } finally {
    await cli.stop('SIGKILL');
  }
}

function expectWholeOutputs(out: string, allowTemporaries: boolean): number {
  const names = readdirSync(join(dir, out));
  const outputs = names.filter((n) => !n.startsWith('.'));
  if (!allowTemporaries) expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  for (const name of outputs) expect(readFileSync(join(dir, out, name)).equals(readFileSync(join(dir, 'full', name))), name).toBe(true);
  return outputs.length;
}

describe('interrupting cjm build', () => {
  it.each([
    ['SIGTERM', '1'],
    ['SIGINT', '2'],
  ] as const)('on %s (--jobs %s) stops after the maps in progress, leaving whole files only', async (signal, jobs) => {
    const out = `out-${signal}-${jobs}`;
    const ended = await interrupted(out, signal, jobs);
    expect(ended.signal).toBe(signal); // dies by the signal, as a shell expects
    expect(ended.stderr).toMatch(new RegExp(`interrupted after \\d+ of ${MAPS} maps; every output written is complete`));
    const written = expectWholeOutputs(out, false);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(MAPS * 2);
  });

  it('on SIGKILL never leaves a partial output (at most a hidden temporary file)', async () => {
    const ended = await interrupted('out-kill', 'SIGKILL', '2');
    expect(ended.signal).toBe('SIGKILL');
    expect(expectWholeOutputs('out-kill', true)).toBeGreaterThan(0);
    // The next build finishes the job and the check passes.
    expect(runCli(['build', 'maps', '--out-dir', 'out-kill', '-f', 'svg,html', '-q'], { cwd: dir }).status).toBe(0);
    expect(runCli(['check', 'maps', '--out-dir', 'out-kill', '-f', 'svg,html', '--strict'], { cwd: dir }).status).toBe(0);
  });
});
