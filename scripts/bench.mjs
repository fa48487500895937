// `npm run bench`: compile-time and whole-process figures for the issues' speed targets.
// Run after `npm run build` (the npm script does it). Prints a table; never asserts.
// `npm run bench -- print` prints only the paper and picture figures (PDF, paged A4 PDF, PNG).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const SIZES = [10, 50, 200, 1000, 5000];
const BIN = new URL('../bin/cjm.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function wall(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(times);
}

/**
 * Whole-process wall time and CPU time (user + system, every thread: brotli and resvg work off the main
 * thread), medians of `runs`, from GNU time. On a shared machine the CPU figure is the steadier one.
 */
function timed(args, runs) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' });
    walls.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpus.push((user + sys) * 1000);
  }
  return `${ms(median(walls))} (CPU ${ms(median(cpus))}, median of ${runs})`;
}

/** Peak resident memory of one whole-process run, from GNU time. */
function peakKb(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  return Number(r.stderr.trim().split('\n').pop());
}

const printOnly = process.argv.includes('print');
const { compile } = await import('../dist/index.js');
const baseline = wall(['-e', '0'], 15);
console.log(`node -e 0: ${ms(baseline)} (median of 15)\n`);
if (!printOnly) {
  console.log('touchpoints | in-process compile (parse→SVG) | per touchpoint | whole-process `cjm build` | × node -e 0 | peak RSS');
  console.log('----------- | ------------------------------ | -------------- | ------------------------- | ----------- | --------');
}
for (const n of printOnly ? [] : SIZES) {
  const yaml = generateJourneyYaml(n);
  const file = join(work, `journey-${n}.yaml`);
  writeFileSync(file, yaml);
  await compile(yaml, { file, format: 'svg' }); // warm up the JIT
  const runs = n >= 5000 ? 3 : n >= 1000 ? 5 : 15;
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const result = await compile(yaml, { file, format: 'svg' });
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`generated journey ${n} did not compile`);
  }
  const inProcess = median(times);
  const args = [BIN, 'build', file, '-o', join(work, `journey-${n}.svg`), '--quiet'];
  const whole = wall(args, n >= 1000 ? 3 : 7);
  console.log(
    `${String(n).padStart(11)} | ${ms(inProcess).padStart(30)} | ${(inProcess / n).toFixed(3).padStart(11)} ms | ${ms(whole).padStart(25)} | ${(whole / baseline).toFixed(2).padStart(10)}x | ${(peakKb(args) / 1024).toFixed(0)} MB`,
  );
}

// PDF: whole-process builds of a 50-touchpoint Chinese map: one page the size of the map, and the map
// laid out for A4 sheets (layoutSheets, split over sheets). Target for the paged A4 PDF: < 1 s.
{
  const file = join(work, 'journey-50.yaml');
  writeFileSync(file, generateJourneyYaml(50));
  const args = [BIN, 'build', file, '-f', 'pdf', '-o', join(work, 'journey-50.pdf'), '--quiet'];
  console.log(`\nPDF, 50 touchpoints (Chinese), whole process: ${timed(args, 5)}, peak RSS ${(peakKb(args) / 1024).toFixed(0)} MB`);
  const paged = [BIN, 'build', file, '-f', 'pdf', '--page', 'a4', '-o', join(work, 'journey-50-a4.pdf'), '--quiet'];
  console.log(`paged A4 PDF, 50 touchpoints, whole process (target < 1 s): ${timed(paged, 5)}, peak RSS ${(peakKb(paged) / 1024).toFixed(0)} MB`);
}

// PNG: whole-process build of the 14-touchpoint Traditional Chinese example at the default scale 2
// (target < 1.5 s).
{
  const file = new URL('../examples/long-term-care-zh.yaml', import.meta.url).pathname;
  const args = [BIN, 'build', file, '-f', 'png', '-o', join(work, 'example.png'), '--quiet'];
  console.log(
    `PNG of long-term-care-zh.yaml (14 touchpoints) at scale 2, whole process (target < 1.5 s): ${timed(args, 5)}, peak RSS ${(peakKb(args) / 1024).toFixed(0)} MB`,
  );
}

// Markdown parsing next to YAML, when the Markdown twin generator exists.
if (!printOnly)
  try {
    const { parse } = await import('../dist/index.js');
    const { toMarkdown } = await import('../dist/convert/index.js');
    const { prepare } = await import('../dist/compile.js');
    console.log('\ntouchpoints | parse+validate YAML | parse+validate Markdown');
    for (const n of SIZES) {
      const yaml = generateJourneyYaml(n);
      const md = toMarkdown(prepare(yaml, { file: 'x.yaml' }).prepared.journey);
      const time = (text, format) => {
        const xs = [];
        for (let i = 0; i < 5; i += 1) {
          const t0 = performance.now();
          prepare(text, { file: `x.${format}`, inputFormat: format });
          xs.push(performance.now() - t0);
        }
        return median(xs);
      };
      void parse;
      console.log(`${String(n).padStart(11)} | ${ms(time(yaml, 'yaml')).padStart(19)} | ${ms(time(md, 'md')).padStart(23)}`);
    }
  } catch (err) {
    console.log(`\n(Markdown figures skipped: ${err.message})`);
  }

for (const extra of printOnly ? [] : ['bench-html.mjs', 'bench-batch.mjs', 'bench-hostile.mjs', 'bench-diff.mjs', 'bench-personas.mjs']) {
  const script = new URL(extra, import.meta.url).pathname;
  if (!existsSync(script)) continue;
  console.log(`\n== ${extra}`);
  spawnSync(process.execPath, [script], { stdio: 'inherit' });
}
rmSync(work, { recursive: true, force: true });
