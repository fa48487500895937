// `npm run fuzz [-- --minutes N] [--seed S]`: mutates the examples and compiles each mutant with
// both parsers and every renderer, in-process (scripts/lib/fuzz-core.mjs). Fails on any exception
// escaping compile(), on an input taking more than MAX_CPU_MS of CPU, or on the heap growing past
// MAX_HEAP_MB. Prints the seed of every failure (rerun one with --seed S --count 1) and a summary.
import { fileURLToPath } from 'node:url';
import { loadExamples, runOne } from './lib/fuzz-core.mjs';

const MAX_CPU_MS = 5_000;
const MAX_HEAP_MB = 500;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const minutes = option('minutes', 1);
const firstSeed = option('seed', Date.now() % 1_000_000_000);
const count = option('count', Infinity);

const root = fileURLToPath(new URL('..', import.meta.url));
const { compile } = await import('../dist/index.js');
const examples = loadExamples(root);
const deadline = Date.now() + minutes * 60_000;
console.log(`fuzz: ${examples.length} examples, seeds from ${firstSeed}, ${Number.isFinite(count) ? `${count} inputs` : `${minutes} min`}`);

let inputs = 0;
let failures = 0;
let slowest = { cpuMs: 0 };
let peakHeap = 0;
for (let seed = firstSeed; inputs < count && Date.now() < deadline; seed += 1) {
  const r = await runOne(compile, examples, seed);
  inputs += 1;
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  peakHeap = Math.max(peakHeap, heap);
  if (r.cpuMs > slowest.cpuMs) slowest = r;
  const problem = r.crash
    ? `crash: ${r.crash}`
    : r.cpuMs > MAX_CPU_MS
      ? `slow: ${r.cpuMs.toFixed(0)} ms CPU`
      : heap > MAX_HEAP_MB
        ? `heap ${heap.toFixed(0)} MB`
        : undefined;
  if (problem) {
    failures += 1;
    console.log(`FAIL seed ${seed} (${r.name}, ${r.bytes} chars): ${problem}`);
  }
  if (inputs % 200 === 0) console.log(`  ${inputs} inputs, ${failures} failures, slowest seed ${slowest.seed} ${slowest.cpuMs.toFixed(0)} ms`);
}
console.log(
  `fuzz: ${inputs} inputs, ${failures} failures; slowest: seed ${slowest.seed} (${slowest.name}, ${slowest.bytes} chars) ${slowest.cpuMs.toFixed(0)} ms CPU; peak heap ${peakHeap.toFixed(0)} MB`,
);
process.exitCode = failures > 0 ? 1 : 0;
