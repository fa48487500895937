// HTML page load time: a 200-touchpoint journey rendered to HTML, loaded in headless Chromium from a
// file:// URL. Target (issue 4): under 1 s to the load event. Prints figures; never asserts.
// Run after `npm run build` (reads dist/). `npm run bench` calls it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { generateJourneyYaml } from './lib/generate-journey.mjs';

const TOUCHPOINTS = Number(process.env.CJM_BENCH_TOUCHPOINTS ?? 200);
const RUNS = 5;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!chromiumPath) {
  console.log('HTML bench skipped: no Chromium found (set CHROMIUM_PATH or apt-get install -y chromium)');
  process.exit(0);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const { compile } = await import('../dist/index.js');
const yaml = generateJourneyYaml(TOUCHPOINTS);
const t0 = performance.now();
const result = await compile(yaml, { file: `journey-${TOUCHPOINTS}.yaml`, format: 'html' });
const renderMs = performance.now() - t0;
if (!result.ok || typeof result.outputs.html !== 'string') throw new Error('generated journey did not compile to HTML');
const work = mkdtempSync(join(tmpdir(), 'cjm-bench-html-'));
const file = join(work, `journey-${TOUCHPOINTS}.html`);
writeFileSync(file, result.outputs.html);
const url = pathToFileURL(file).href;

const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS, headless: true });
try {
  const loads = [];
  const interactive = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const start = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    const loaded = performance.now() - start;
    // Until a touchpoint answers: first group focused and its details shown.
    await page.focus('g[data-touchpoint]');
    await page.waitForSelector('#cjm-details:not([hidden])');
    const ready = performance.now() - start;
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.toJSON());
    await page.close();
    if (i === 0) continue; // first run warms the browser's caches
    loads.push(nav ? nav.loadEventEnd : loaded);
    interactive.push(ready);
  }
  const size = Buffer.byteLength(result.outputs.html);
  console.log(`HTML, ${TOUCHPOINTS} touchpoints (Chinese): ${(size / 1024).toFixed(0)} KB, in-process render ${ms(renderMs)} (cold)`);
  console.log(`  load event in Chromium: ${ms(median(loads))} (median of ${RUNS}, target < 1000 ms)`);
  console.log(`  until a focused touchpoint shows its details: ${ms(median(interactive))}`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
