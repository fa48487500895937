#!/usr/bin/env node
// The `cjm` command. Runs the bundled CLI (dist/cli.cjs, built by `npm run build`, which `npm ci`
// runs via `prepare`) from V8's code cache when one matches it: compiling the bundle is most of a
// small build's start-up time. Without a usable cache it runs the same bundle, compiled as usual.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
const HASH_BYTES = 32;

function readOrUndefined(path, encoding) {
  try {
    return readFileSync(path, encoding);
  } catch {
    return undefined;
  }
}

const source = readOrUndefined(bundle, 'utf8');
if (source === undefined) {
  import('../dist/cli.mjs').catch((err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.mjs')) {
      process.stderr.write('cjm: not built yet; run `npm run build` (npm ci does it for you)\n');
      process.exitCode = 70;
      return;
    }
    throw err;
  });
} else {
  const hash = createHash('sha256').update(source).digest();
  const cached = readOrUndefined(cacheFile);
  const matches = cached !== undefined && cached.length > HASH_BYTES && cached.subarray(0, HASH_BYTES).equals(hash);
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData: matches ? cached.subarray(HASH_BYTES) : undefined,
  });
  // Only scripts/code-cache.mjs sets this, at build time; an ordinary run never writes anything here.
  const out = process.env.CJM_CODE_CACHE_OUT;
  if (out) process.once('beforeExit', () => writeFileSync(out, Buffer.concat([hash, script.createCachedData()])));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
