// Bundles the CLI into one ESM file: one module to load instead of hundreds saves ~50 ms of start-up
// (DESIGN.md start-up budget). pdfkit, fontkit and resvg stay external and are imported lazily, only for PDF and PNG.
// A CommonJS twin, dist/cli.cjs, is what bin/cjm.js runs: unlike an ES module it can be compiled from
// V8's code cache (scripts/code-cache.mjs), which saves another ~40 ms per run.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['pdfkit', 'fontkit', '@resvg/resvg-js', 'playwright-core'],
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  minify: true,
  // pdfkit, fontkit and resvg ship CommonJS too: require() them, so the vm-run bundle needs no import() hook.
  supported: { 'dynamic-import': false },
  // import.meta.url locates the worker bundle and the font package; in CommonJS it is this file's URL.
  define: { 'import.meta.url': '__cjmModuleUrl' },
  banner: { js: "var __cjmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  // The build worker (batch builds on worker threads) needs an entry of its own: dist/build-worker.mjs.
  entryPoints: { cli: 'src/cli/entry.ts', 'build-worker': 'src/batch/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfkit', 'fontkit', '@resvg/resvg-js', 'playwright-core'],
  // Bundled CommonJS dependencies (commander) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cjmCreateRequire } from 'node:module'; const require = __cjmCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
