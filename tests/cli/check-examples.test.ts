// The CI gate over examples/ (`npm run check:examples`) really fails on a stale output: run the
// script's own command in a copy of examples/, make one output stale, then restore it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['check:examples'];
const PREFIX = 'node bin/cjm.js ';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-check-examples-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check:examples', () => {
  it('is cjm check over every example in every committed format', () => {
    expect(script.startsWith(PREFIX), script).toBe(true);
    expect(script).toMatch(/ check examples\/\*\.yaml -f svg,html,json,pdf$/);
  });

  // Two runs of the full gate (each renders 4 maps in 4 formats); the fresh copy is the restored case.
  const check = () => runCli(script.slice(PREFIX.length).split(' '), { cwd: dir });
  const json = () => join(dir, 'examples', 'saas-trial-en.json');

  it('fails (exit 1) and names the output when one is stale', () => {
    const good = readFileSync(json());
    writeFileSync(json(), good.toString('utf8').replace('"title"', '"title" '));
    try {
      const stale = check();
      expect(stale.status, stale.stderr).toBe(1);
      expect(stale.stdout).toContain('examples/saas-trial-en.json: stale');
      expect(stale.stdout).not.toContain('examples/saas-trial-en.svg');
    } finally {
      writeFileSync(json(), good);
    }
  });

  it('passes on the committed outputs (and on the restored one)', () => {
    const restored = check();
    expect(restored.status, restored.stdout + restored.stderr).toBe(0);
  });
});
