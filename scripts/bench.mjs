// `npm run bench`: compile-time and whole-process figures for the issues' speed targets.
// Run after `npm run build` (the npm script does it). Prints a table; never asserts.
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

/** Peak resident memory of one whole-process run, from GNU time. */
function peakKb(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  return Number(r.stderr.trim().split('\n').pop());
}

const { compile } = await import('../dist/index.js');
const baseline = wall(['-e', '0'], 15);
console.log(`node -e 0: ${ms(baseline)} (median of 15)\n`);
console.log('touchpoints | in-process compile (parse→SVG) | per touchpoint | whole-process `cjm build` | × node -e 0 | peak RSS');
console.log('----------- | ------------------------------ | -------------- | ------------------------- | ----------- | --------');
for (const n of SIZES) {
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

// PDF: whole-process build of a 50-touchpoint Chinese map (target < 1 s).
{
  const file = join(work, 'journey-50.yaml');
  const args = [BIN, 'build', file, '-f', 'pdf', '-o', join(work, 'journey-50.pdf'), '--quiet'];
  console.log(`\nPDF, 50 touchpoints (Chinese), whole process: ${ms(wall(args, 3))}, peak RSS ${(peakKb(args) / 1024).toFixed(0)} MB`);
  // Paged A4: the map laid out for paper (layoutSheets), split over sheets (target < 1 s).
  const paged = [BIN, 'build', file, '-f', 'pdf', '--page', 'a4', '-o', join(work, 'journey-50-a4.pdf'), '--quiet'];
  console.log(`paged A4 PDF, 50 touchpoints, whole process: ${ms(wall(paged, 3))}, peak RSS ${(peakKb(paged) / 1024).toFixed(0)} MB`);
}

// PNG: whole-process build of the example with the most touchpoints (the 14-touchpoint Chinese one
// when it exists) at the default scale 2 (target < 1.5 s).
{
  const { readdirSync, readFileSync } = await import('node:fs');
  const { prepare } = await import('../dist/compile.js');
  const dir = new URL('../examples/', import.meta.url).pathname;
  const count = (f) => prepare(readFileSync(join(dir, f), 'utf8'), { file: f }).prepared?.journey.stages.reduce((n, s) => n + s.touchpoints.length, 0) ?? 0;
  const [file, n] = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f, count(f)])
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  const args = [BIN, 'build', join(dir, file), '-f', 'png', '-o', join(work, 'example.png'), '--quiet'];
  console.log(`PNG of ${file} (${n} touchpoints) at scale 2, whole process: ${ms(wall(args, 3))}, peak RSS ${(peakKb(args) / 1024).toFixed(0)} MB`);
}

// Markdown parsing next to YAML, when the Markdown twin generator exists.
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

for (const extra of ['bench-html.mjs', 'bench-batch.mjs', 'bench-hostile.mjs', 'bench-diff.mjs', 'bench-personas.mjs']) {
  const script = new URL(extra, import.meta.url).pathname;
  if (!existsSync(script)) continue;
  console.log(`\n== ${extra}`);
  spawnSync(process.execPath, [script], { stdio: 'inherit' });
}
rmSync(work, { recursive: true, force: true });
