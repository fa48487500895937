// Outputs that cannot be written are the user's to fix: one `cjm: error:` line naming the file and
// why, exit 1, never "internal error" or a stack trace. A file where a folder should be (ENOTDIR)
// fails for every user, root included, so these tests do not depend on who runs them.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'cjm-write-errors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const spec = join(work, 'map.yaml');
writeFileSync(spec, 'title: T\nstages:\n  - id: a\n    touchpoints:\n      - name: One\n        emotion: 1\n      - name: Two\n        emotion: 2\n');
const blocked = join(work, 'file.txt');
writeFileSync(blocked, 'not a folder');

function expectCleanFailure(args: string[], shown: string): void {
  const run = runCli(args, { cwd: work });
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toContain(`cjm: error: ${shown}: cannot write (a part of the path is a file, not a folder)`);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('unwritable outputs', () => {
  it('build -o', () => expectCleanFailure(['build', 'map.yaml', '-o', 'file.txt/map.svg'], 'file.txt/map.svg'));
  it('build -o with several formats stops at the first', () =>
    expectCleanFailure(['build', 'map.yaml', '-o', 'file.txt/map.svg', '-f', 'svg,json'], 'file.txt/map.svg'));
  it('convert -o', () => expectCleanFailure(['convert', 'map.yaml', '-o', 'file.txt/map.md'], 'file.txt/map.md'));
  it('init', () => expectCleanFailure(['init', 'file.txt/journey.yaml'], 'file.txt/journey.yaml'));

  it('build -o --reporter json lists the failure as an io-error', () => {
    const run = runCli(['build', 'map.yaml', '-o', 'file.txt/map.svg', '--reporter', 'json'], { cwd: work });
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout) as { ok: boolean; diagnostics: { code: string; message: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics.map((d) => d.code)).toContain('io-error');
  });

  it('leaves no temporary files behind', () => {
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
