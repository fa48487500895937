// Bundles the CLI into one ESM file: one module to load instead of hundreds saves ~50 ms of start-up
// (DESIGN.md start-up budget). pdfkit, fontkit and resvg stay external and are imported lazily, only for PDF and PNG.
// A CommonJS twin, dist/cli.cjs, is what bin/cjm.js runs: unlike an ES module it can be compiled from
// V8's code cache (scripts/code-cache.mjs), which saves another ~40 ms per run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

/** The licence files of every package the bundle took code from, in one text beside it (MIT asks for them). */
async function writeEngineLicences(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const parts = [];
  for (const dir of [...packages].sort()) {
    const { name, version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const files = readdirSync(dir)
      .filter((f) => /^(licen[cs]e|copying)/i.test(f))
      .sort();
    const texts = files.map((f) => readFileSync(`${dir}/${f}`, 'utf8').trim());
    parts.push(`${name}@${version} (${license})\n\n${texts.join('\n\n') || `licensed under ${license}; no licence file in the package`}`);
  }
  writeFileSync('dist/pdf-engine.cjs.LICENSES.txt', `Packages bundled into pdf-engine.cjs, with their licences.\n\n${parts.join('\n\n---\n\n')}\n`);
}

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

// pdfkit and fontkit with all their dependencies, as one file that src/render/pdf/engine.ts loads for a
// PDF: as installed packages they were ~26 MB of a consumer's node_modules (README "Install"), so they
// are devDependencies and ship only inside this bundle, with their licences beside it.
const engine = await build({
  stdin: { contents: "module.exports = { PDFDocument: require('pdfkit'), fontkit: { create: require('fontkit').create } };", resolveDir: '.', loader: 'js' },
  outfile: 'dist/pdf-engine.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
await writeEngineLicences(engine.metafile);
