// --id-prefix and --view from the command line (in-process main): the default prefix is the output
// file's stem, --id-prefix overrides it, a prefix that is not a CSS identifier is a usage error, and
// --view overview writes the narrow map; both also work from a folder build (--out-dir).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const SPEC =
  'title: 小芳的旅程\nlocale: zh-Hant\nstages:\n  - name: 认知\n    touchpoints:\n      - { id: ad, name: 看到广告, emotion: 1 }\n      - { id: ask, name: 問客服, emotion: -2, pains: [慢], opportunities: [快] }\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-embed-cli-'));
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'maps', 'clinic.yaml'), SPEC);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: () => true },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    readStdin: async () => '',
    env: { NO_COLOR: '1' },
    cwd: dir,
  });
  return { code, stderr };
}
const read = (path: string): string => readFileSync(join(dir, path), 'utf8');
const rootId = (svg: string): string | undefined => /<svg [^>]*\sid="([^"]+)"/.exec(svg)?.[1];

describe('cjm build --id-prefix / --view', () => {
  it('names ids after the output file by default, and after --id-prefix when given', async () => {
    expect((await cli(['build', 'maps/clinic.yaml', '-o', 'out/Clinic Page.svg'])).code).toBe(0);
    expect(rootId(read('out/Clinic Page.svg'))).toBe('clinic-page-root');
    expect((await cli(['build', 'maps/clinic.yaml', '--out-dir', 'site'])).code).toBe(0);
    expect(read('site/clinic.svg')).toContain('id="clinic-tp-ask"');
    expect((await cli(['build', 'maps/clinic.yaml', '-o', 'p.svg', '--id-prefix', 'docs-'])).code).toBe(0);
    const svg = read('p.svg');
    expect(rootId(svg)).toBe('docs-root');
    expect(svg).toContain('<style>#docs-root text{');
    expect(svg).toContain('class="docs-valley-band"');
  });

  it('rejects a prefix that cannot be an id or a CSS selector', async () => {
    const run = await cli(['build', 'maps/clinic.yaml', '-o', 'p.svg', '--id-prefix', '1 bad']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--id-prefix "1 bad"');
  });

  it('writes the overview with --view overview', async () => {
    expect((await cli(['build', 'maps/clinic.yaml', '-o', 'full.svg'])).code).toBe(0);
    expect((await cli(['build', 'maps/clinic.yaml', '-o', 'ov.svg', '--view', 'overview'])).code).toBe(0);
    const width = (svg: string): number => Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    expect(width(read('ov.svg'))).toBeLessThan(width(read('full.svg')));
    expect(read('ov.svg')).not.toContain('class="ov-lane-label"');
    expect(read('full.svg')).toContain('class="full-lane-label"');
    expect((await cli(['build', 'maps/clinic.yaml', '-o', 'x.svg', '--view', 'poster'])).code).toBe(2);
  });
});
