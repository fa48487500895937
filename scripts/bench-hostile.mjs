// "hostile sizes" section of `npm run bench`: whole-process CPU time and peak memory of the
// formerly quadratic inputs of issue 10 at three sizes each. Doubling the size should roughly
// double the cost above the fixed start-up (~0.2 s, ~60 MB). Inputs from scripts/lib/hostile.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manyErrorsYaml, sameNameYaml, softWrapMarkdown, unknownKeysYaml } from './lib/hostile.mjs';

const BIN = fileURLToPath(new URL('../bin/cjm.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-hostile-'));

/** CPU seconds (user + system, every thread) and peak RSS of one `cjm` run, from GNU time, as the hostile tests measure. */
function measure(args) {
  const r = spawnSync('/usr/bin/time', ['-f', 'CJM-RESOURCES %U %S %M', process.execPath, BIN, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('CJM-RESOURCES'));
  if (!line) throw new Error(`no resource line from /usr/bin/time: ${r.stderr.slice(-500)}`);
  const [user, system, rssKb] = line.split(' ').slice(1).map(Number);
  return { cpuSeconds: user + system, maxRssMb: rssKb / 1024 };
}

const CASES = [
  {
    what: 'same-name touchpoints (id suffixes), build -f json',
    sizes: [5_000, 10_000, 20_000],
    file: 'same.yaml',
    make: sameNameYaml,
    args: (f) => ['build', f, '-f', 'json', '--out-dir', 'out', '--quiet'],
  },
  {
    what: 'soft-wrapped Markdown lines (one paragraph), build',
    sizes: [40_000, 80_000, 160_000],
    file: 'soft.md',
    make: softWrapMarkdown,
    args: (f) => ['build', f, '--out-dir', 'out', '--quiet'],
  },
  { what: 'errors, text reporter (code frames)', sizes: [4_000, 8_000, 16_000], file: 'errors.yaml', make: manyErrorsYaml, args: (f) => ['validate', f] },
  {
    what: 'unknown keys in one mapping, JSON reporter',
    sizes: [12_500, 25_000, 50_000],
    file: 'keys.yaml',
    make: unknownKeysYaml,
    args: (f) => ['validate', f, '--reporter', 'json'],
  },
];

console.log('input | size | CPU | peak RSS');
console.log('----- | ---- | --- | --------');
for (const c of CASES) {
  for (const n of c.sizes) {
    writeFileSync(join(work, c.file), c.make(n));
    const u = measure(c.args(c.file));
    console.log(`${c.what} | ${n.toLocaleString('en')} | ${u.cpuSeconds.toFixed(2)} s | ${u.maxRssMb.toFixed(0)} MB`);
  }
}
rmSync(work, { recursive: true, force: true });
