// The HTML page of a map with a baseline has a control that hides and shows the baseline: its curve,
// its legend rows and the marks of change. Pure CSS, so it is checked in a real Chromium.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { browserSkipReason, launchBrowser, removeTempHtml, writeTempHtml } from '../../helpers/browser.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

const html = async (name: string): Promise<string> => {
  const text = readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8');
  const result = await compile(text, { file: `examples/${name}.yaml`, format: ['html'], theme: 'light' });
  return String(result.outputs.html);
};

describe('the baseline toggle', () => {
  it('is on the page only when the map has a baseline', async () => {
    expect(await html('welcome-future-zh')).toContain('<input type="checkbox" id="cjm-show-baseline" checked> 顯示基準');
    expect(await html('welcome-current-zh')).not.toContain('id="cjm-show-baseline"');
  });
});

describe.skipIf(Boolean(skip))('the baseline toggle in Chromium', () => {
  let browser: Browser;
  const urls: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    urls.forEach(removeTempHtml);
  });

  it('hides the baseline series and the deltas when unticked, and shows them again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = writeTempHtml(await html('welcome-future-zh'));
    urls.push(url);
    await page.goto(url);
    const shown = () =>
      page.evaluate(() => {
        // Drawn = neither it nor an ancestor is display:none (checkVisibility misses a hidden SVG <g>).
        const drawn = (e: Element | null): boolean => !e || (getComputedStyle(e).display !== 'none' && drawn(e.parentElement));
        const visible = (sel: string) => [...document.querySelectorAll(`#cjm-maps ${sel}`)].filter(drawn).length;
        return { baseline: visible('.cjm-baseline-curve'), deltas: visible('.cjm-delta'), map: visible('.cjm-curve') };
      });
    const before = await shown();
    expect(before.baseline).toBeGreaterThan(0);
    expect(before.deltas).toBeGreaterThan(0);
    await page.click('#cjm-show-baseline');
    expect(await shown()).toEqual({ baseline: 0, deltas: 0, map: before.map });
    await page.click('#cjm-show-baseline');
    expect(await shown()).toEqual(before);
    await page.close();
  });
});
