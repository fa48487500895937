// `cjm diff` of two 1,000-touchpoint maps, whole process (target < 1 s). The second map changes
// every seventh score and drops every 50th touchpoint, so the diff has real work to do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const BIN = new URL('../bin/cjm.js', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-diff-'));
try {
  const before = generateJourneyYaml(1000);
  let n = 0;
  const after = before.replace(/emotion: (-?\d+)/g, (m, s) => ((n += 1) % 7 === 0 ? `emotion: ${Number(s) >= 2 ? -2 : Number(s) + 1}` : m));
  writeFileSync(join(work, 'old.yaml'), before);
  writeFileSync(join(work, 'new.yaml'), after);
  for (const format of ['text', 'json', 'md']) {
    const times = [];
    let status;
    for (let i = 0; i < 3; i += 1) {
      const t0 = performance.now();
      status = spawnSync(process.execPath, [BIN, 'diff', join(work, 'old.yaml'), join(work, 'new.yaml'), '--format', format], { encoding: 'utf8' }).status;
      times.push(performance.now() - t0);
    }
    const median = [...times].sort((a, b) => a - b)[1];
    console.log(`cjm diff, 1,000 touchpoints each, --format ${format}, whole process: ${median.toFixed(1)} ms (exit ${status})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
