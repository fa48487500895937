// `npm run bench` (part): whole-process `cjm build` of a 50-touchpoint map with three personas (three
// curves; then with per-persona thoughts too) against the same map with one persona. Target: within
// 10%. Runs alternate between the maps, so load on a shared machine hits them alike; CPU time (user +
// system, from GNU time) is printed beside wall time, as it depends less on that load. Never asserts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const BIN = new URL('../bin/cjm.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-personas-'));
const RUNS = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall and CPU milliseconds of one whole-process run. */
function run(args) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

try {
  const maps = [
    ['1 persona', { personas: 1 }],
    ['3 personas', { personas: 3 }],
    ['3 personas + thoughts', { personas: 3, perPersonaThoughts: true }],
  ].map(([label, options], k) => {
    const file = join(work, `personas-${k}.yaml`);
    writeFileSync(file, generateJourneyYaml(50, options));
    return { label, file, k };
  });
  console.log(`50 touchpoints, whole-process \`cjm build\`, median of ${RUNS} alternating runs (wall / CPU)`);
  for (const formats of ['svg', 'svg,html,json,pdf']) {
    const times = maps.map(() => ({ wall: [], cpu: [] }));
    for (let i = 0; i < RUNS; i += 1)
      for (const m of maps) {
        const t = run([BIN, 'build', m.file, '-f', formats, '--out-dir', join(work, `out-${m.k}`), '--quiet']);
        times[m.k].wall.push(t.wall);
        times[m.k].cpu.push(t.cpu);
      }
    const [base] = times.map((t) => ({ wall: median(t.wall), cpu: median(t.cpu) }));
    const cells = maps.map((m) => {
      const wall = median(times[m.k].wall);
      const cpu = median(times[m.k].cpu);
      const vs = m.k === 0 ? '' : ` (×${(wall / base.wall).toFixed(2)} / ×${(cpu / base.cpu).toFixed(2)})`;
      return `${m.label}: ${wall.toFixed(0)} / ${cpu.toFixed(0)} ms${vs}`;
    });
    console.log(`-f ${formats}\n  ${cells.join('\n  ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
