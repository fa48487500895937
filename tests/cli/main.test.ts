// The CLI's logic in-process (`main(argv, io)`), so coverage sees it and not only the spawned bundle:
// a build into a folder, a -o to standard output, a check, a validate with errors, usage errors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const SPEC = 'title: 小芳的旅程\nstages:\n  - name: 认知\n    touchpoints:\n      - { name: 看到广告, emotion: 1 }\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-main-'));
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'maps', 'a.yaml'), SPEC);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    readStdin: async () => stdin,
    env: { NO_COLOR: '1' },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('cjm in-process', () => {
  it('builds a folder into --out-dir, and check then passes', async () => {
    const built = await cli(['build', 'maps', '--out-dir', 'out', '-f', 'svg,json']);
    expect(built.code).toBe(0);
    expect(built.stderr).toContain('wrote out/a.svg\nwrote out/a.json\n');
    expect(readFileSync(join(dir, 'out', 'a.svg'), 'utf8')).toContain('小芳的旅程');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'a.json'), 'utf8'))).toMatchObject({ journey: { title: '小芳的旅程' } });
    expect((await cli(['check', 'maps', '--out-dir', 'out', '-f', 'svg,json'])).code).toBe(0);
    writeFileSync(join(dir, 'out', 'a.svg'), '<svg/>');
    const stale = await cli(['check', 'maps', '--out-dir', 'out', '-f', 'svg,json']);
    expect(stale.code).toBe(1);
    expect(stale.stdout + stale.stderr).toMatch(/stale.*out\/a\.svg|out\/a\.svg.*stale/);
  });

  it('builds standard input to standard output with -o -', async () => {
    const { code, stdout } = await cli(['build', '-', '-o', '-'], SPEC);
    expect(code).toBe(0);
    expect(stdout).toMatch(/<svg[\s\S]*小芳的旅程[\s\S]*<\/svg>\n$/);
  });

  it('validates with errors: a code frame and exit 1', async () => {
    writeFileSync(join(dir, 'maps', 'bad.yaml'), 'title: Broken\nstages:\n  - name: a\n    touchpoints:\n      - { name: x, emotion: 9 }\n');
    const { code, stderr } = await cli(['validate', 'maps/bad.yaml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^maps\/bad\.yaml:5:\d+: error [a-z-]+: /m);
    expect(stderr).toContain('> 5 |');
  });

  it('exits 2 on usage errors and names the problem', async () => {
    const unknown = await cli(['build', 'maps', '-f', 'gif']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cjm: error: unknown output format "gif"');
    const twoInputs = await cli(['build', 'maps/a.yaml', 'maps/a.yaml', '-o', 'x.svg']);
    expect(twoInputs.code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
