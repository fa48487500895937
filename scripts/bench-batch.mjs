// `npm run bench` (via bench.mjs): batch figures for issue 6. Builds 1,000 generated maps (SVG only)
// in folders, as a team repository would hold them, and reports wall time, maps per second and peak
// memory (target: under 10 s on a 2-core machine); then a no-change rebuild, `cjm check` on the same
// maps, and the small-batch sweep behind run.ts's WORKER_THRESHOLD. Prints; never asserts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const MAPS = 1000;
const BIN = new URL('../bin/cjm.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-batch-'));
const hasGnuTime = existsSync('/usr/bin/time');

/** One whole-process run: wall seconds, peak RSS in MB (from GNU time, when present), exit status. */
function measure(args, cwd = work) {
  const t0 = performance.now();
  const r = hasGnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = hasGnuTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : NaN;
  return { seconds, peakMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (x) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} MB`);

// 1,000 maps of 5 to 20 touchpoints, half Chinese, half English, in 20 team folders.
for (let i = 0; i < MAPS; i += 1) {
  const folder = join(work, 'maps', `team-${String(i % 20).padStart(2, '0')}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `journey-${String(i).padStart(4, '0')}.yaml`), generateJourneyYaml(5 + (i % 16), { lang: i % 2 ? 'en' : 'zh' }));
}
const GLOB = 'maps/**/*.yaml';
const BUILD = ['build', GLOB, '--out-dir', 'out', '-f', 'svg', '--quiet'];
const CHECK = ['check', GLOB, '--out-dir', 'out', '-f', 'svg', '--quiet'];

console.log(`${MAPS} generated maps (5-20 touchpoints), SVG only, ${availableParallelism()} cores\n`);
console.log('run                                   | wall     | maps/s | peak RSS | exit');
console.log('------------------------------------- | -------- | ------ | -------- | ----');
const row = (label, m) =>
  console.log(
    `${label.padEnd(37)} | ${`${m.seconds.toFixed(2)} s`.padStart(8)} | ${String(Math.round(MAPS / m.seconds)).padStart(6)} | ${mb(m.peakMb).padStart(8)} | ${m.status}`,
  );

const cold = measure(BUILD);
row('build, fresh output folder', cold);
row('build again, nothing changed', measure(BUILD));
row('check, all up to date', measure(CHECK));
const edited = join(work, 'maps/team-07/journey-0007.yaml');
writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "Edited"'));
const stale = measure(CHECK);
row('check after editing one map', stale);
console.log(`  lists: ${stale.stdout.trim().split('\n').join(' | ')}`);
rmSync(join(work, 'out'), { recursive: true, force: true });
row('build, fresh, main thread only (-j 1)', measure([...BUILD, '--jobs', '1']));
console.log(`\ntarget: a fresh batch build of ${MAPS} maps under 10 s: ${cold.seconds < 10 ? 'met' : 'MISSED'} (${cold.seconds.toFixed(2)} s)`);

// Where worker threads start to pay: the same small batches on the main thread alone and on two threads.
console.log('\nmaps | -j 1 (median of 3) | -j 2 (median of 3)');
console.log('---- | ------------------ | ------------------');
for (const n of [4, 8, 16, 32, 64, 128]) {
  const files = Array.from({ length: n }, (_, i) => `maps/team-${String(i % 20).padStart(2, '0')}/journey-${String(i).padStart(4, '0')}.yaml`);
  const time = (jobs) =>
    median(
      [0, 1, 2].map(() => {
        rmSync(join(work, 'small'), { recursive: true, force: true });
        return measure(['build', ...files, '--out-dir', 'small', '--quiet', '--jobs', String(jobs)]).seconds * 1000;
      }),
    );
  console.log(`${String(n).padStart(4)} | ${`${time(1).toFixed(0)} ms`.padStart(18)} | ${`${time(2).toFixed(0)} ms`.padStart(18)}`);
}
rmSync(work, { recursive: true, force: true });
