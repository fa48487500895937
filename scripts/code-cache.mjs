// Writes dist/cli.cjs.cache: V8's compiled code for the bundled CLI, taken after a real `cjm build`
// so that the functions a build runs are in it. bin/cjm.js reads it and skips compiling ~1.5 MB of
// JavaScript on every run. The cache starts with the SHA-256 of the bundle it was made from; the
// loader ignores it for any other bundle, so a stale cache can never run old code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const BIN = fileURLToPath(new URL('../bin/cjm.js', import.meta.url));
const CACHE = fileURLToPath(new URL('../dist/cli.cjs.cache', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cjm-code-cache-'));
try {
  // Two maps in one build, so the cache holds the code of both a one-persona map and one with
  // several personas (per-persona scores and thoughts): either kind then starts as fast.
  const specs = [
    ['journey.yaml', generateJourneyYaml(20)],
    ['personas.yaml', generateJourneyYaml(20, { personas: 3, perPersonaThoughts: true })],
  ].map(([name, text]) => {
    const spec = join(work, name);
    writeFileSync(spec, text);
    return spec;
  });
  rmSync(CACHE, { force: true });
  const run = spawnSync(process.execPath, [BIN, 'build', ...specs, '--out-dir', join(work, 'out'), '--quiet'], {
    env: { ...process.env, CJM_CODE_CACHE_OUT: CACHE },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(CACHE)) {
    // Not fatal: the CLI runs without a cache, only slower to start.
    process.stderr.write(`code-cache: no cache written (${run.stderr.trim() || `exit ${run.status}`})\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
