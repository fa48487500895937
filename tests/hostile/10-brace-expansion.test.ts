// Finding 10: `{a,b}` repeated 18 times in a glob, or braces nested 3,000 deep, ended in an internal
// error (exit 70); in cjm.config.yaml a 2.2 MB error message, and 24 repeats took 1.5 GB. Now
// expansion is capped (MAX_BRACE_EXPANSIONS, MAX_BRACE_DEPTH) with a one-line usage error, exit 2.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goodYaml, nestedBraces, repeatedBraces } from '../../scripts/lib/hostile.mjs';
import { expandBraces } from '../../src/batch/glob.js';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-10-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'maps'));
writeFileSync(join(dir, 'maps', 'a.yaml'), goodYaml());

/** One line on stderr, exit 2. */
function expectUsageError(args: string[], pattern: RegExp): void {
  const run = runMeasured(args, { cwd: dir });
  expectContained(run);
  expect(run.status).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]!.length).toBeLessThan(200);
}

describe('finding 10: brace bombs in globs', () => {
  it('{a,b} 24 times on the command line', () => {
    expectUsageError(
      ['build', repeatedBraces(24), '--out-dir', 'out'],
      /^cjm: error: glob "maps\/\{a,b\}.*…" expands into more than 1000 patterns; use fewer \{a,b\} alternatives$/,
    );
  });

  it('braces nested 3,000 deep on the command line', () => {
    expectUsageError(['build', nestedBraces(3_000), '--out-dir', 'out'], /^cjm: error: glob ".*" nests braces more than 10 deep$/);
  });

  it('{a,b} 24 times in cjm.config.yaml (include and exclude)', () => {
    writeFileSync(join(dir, 'cjm.config.yaml'), `include: ["${repeatedBraces(24)}"]\noutDir: out\n`);
    expectUsageError(['build'], /expands into more than 1000 patterns/);
    writeFileSync(join(dir, 'cjm.config.yaml'), `include: [maps]\nexclude: ["${repeatedBraces(24)}"]\noutDir: out\n`);
    expectUsageError(['build'], /expands into more than 1000 patterns/);
    rmSync(join(dir, 'cjm.config.yaml'));
  });

  it('expands within the limits as before', () => {
    expect(expandBraces('{a,b}{c,d}.yaml')).toEqual(['ac.yaml', 'ad.yaml', 'bc.yaml', 'bd.yaml']);
    expect(expandBraces('{a,b}'.repeat(9))).toHaveLength(512);
    expect(() => expandBraces('{a,b}'.repeat(10))).toThrow(/more than 1000 patterns/);
  });
});
