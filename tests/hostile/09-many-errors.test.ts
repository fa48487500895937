// Finding 9: 16,000 errors took 12.6 s with the text reporter (each code frame split the whole
// source again) and 50,000 unknown keys 107 s even in JSON (each key was looked up from the top of
// its mapping, and yaml's duplicate-key check compared every pair). Now both are linear, and a
// file reports its first MAX_DIAGNOSTICS problems and counts the rest in one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manyErrorsYaml, unknownKeysYaml } from '../../scripts/lib/hostile.mjs';
import { expectContained, runMeasured } from '../helpers/hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-hostile-09-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 9: thousands of errors', () => {
  it('16,000 errors, text reporter: the first 100 with code frames, then a count', () => {
    writeFileSync(join(dir, 'errors.yaml'), manyErrorsYaml(16_000));
    const run = runMeasured(['validate', 'errors.yaml'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr.match(/error emotion-out-of-scale/g)).toHaveLength(100);
    expect(run.stderr).toMatch(/^> 6 \| {9}emotion: 9$/m);
    expect(run.stderr).toMatch(
      /^errors\.yaml:206:18: error too-many-diagnostics: and 15,900 more problems in this file, not shown \(only the first 100 are\)$/m,
    );
  });

  it('50,000 unknown keys, JSON reporter', () => {
    writeFileSync(join(dir, 'keys.yaml'), unknownKeysYaml(50_000));
    const run = runMeasured(['validate', 'keys.yaml', '--reporter', 'json'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { code: string; line: number }[] };
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[0]).toMatchObject({ code: 'unknown-key', line: 6 });
    expect(diagnostics[100]).toMatchObject({ code: 'too-many-diagnostics', line: 106 });
  });
});
