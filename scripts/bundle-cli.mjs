// Bundles the CLI into one ESM file: one module to load instead of hundreds saves ~50 ms of start-up
// (DESIGN.md start-up budget). pdfkit and fontkit stay external and are imported lazily, only for PDF.
import { build } from 'esbuild';

await build({
  // The build worker (batch builds on worker threads) needs an entry of its own: dist/build-worker.mjs.
  entryPoints: { cli: 'src/cli/entry.ts', 'build-worker': 'src/batch/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdfkit', 'fontkit', 'playwright-core'],
  // Bundled CommonJS dependencies (commander) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cjmCreateRequire } from 'node:module'; const require = __cjmCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
