// bin/cjm.js runs the bundle from V8's code cache only when the cache was made from that very bundle.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// A private copy of bin/ and dist/ (SVG builds need nothing else: the CLI is one bundle) so the test can plant caches without touching the real build.
const root = mkdtempSync(join(tmpdir(), 'cjm-cache-test-'));
cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'package.json'), readFileSync(join(ROOT, 'package.json')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'bin/cjm.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

describe('code cache', () => {
  it('gives the same output with a matching cache, a foreign cache, a corrupt cache and none', () => {
    const cache = join(root, 'dist/cli.cjs.cache');
    const build = () => run(['build', 'examples/skincare-zh.yaml', '-o', '-']);
    rmSync(cache, { force: true });
    const plain = build();
    expect(plain.status).toBe(0);
    const trained = run(['build', 'examples/saas-trial-en.yaml', '-o', join(root, 'x.svg'), '--quiet'], { CJM_CODE_CACHE_OUT: cache });
    expect(trained.status).toBe(0);
    expect(readFileSync(cache).length).toBeGreaterThan(10_000);
    expect(build().stdout).toBe(plain.stdout);
    // A cache made from another bundle (other hash) is ignored; so is garbage.
    const bytes = readFileSync(cache);
    bytes[0] = bytes[0]! ^ 0xff;
    writeFileSync(cache, bytes);
    expect(build().stdout).toBe(plain.stdout);
    writeFileSync(cache, 'not a cache');
    expect(build().stdout).toBe(plain.stdout);
    // An ordinary run never writes a cache.
    rmSync(cache);
    build();
    expect(() => readFileSync(cache)).toThrow();
  });
});
