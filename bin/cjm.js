#!/usr/bin/env node
// The `cjm` command: loads the bundled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import('../dist/cli.mjs').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.mjs')) {
    process.stderr.write('cjm: not built yet; run `npm run build` (npm ci does it for you)\n');
    process.exitCode = 70;
    return;
  }
  throw err;
});
