// The HTML page of a map with several personas has one checkbox per persona that hides and shows
// that persona's curve, points, valley pills and thoughts (and a valley band only that persona has).
// Pure CSS, so it is checked in a real Chromium, scripts off as well as on.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { browserSkipReason, launchBrowser, removeTempHtml, writeTempHtml } from '../../helpers/browser.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

const html = async (name: string, theme: 'light' | 'dark' | 'mono' = 'light'): Promise<string> => {
  const text = readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8');
  const result = await compile(text, { file: `examples/${name}.yaml`, format: ['html'], theme });
  return String(result.outputs.html);
};

describe('the persona toggle', () => {
  it('is on the page only when the map has several personas, one checkbox per persona by name', async () => {
    const page = await html('clinic-zh');
    expect(page).toContain('<input type="checkbox" id="cjm-show-persona-1" checked> <span class="cjm-who cjm-persona-1">媽媽</span>');
    expect(page).toContain('<input type="checkbox" id="cjm-show-persona-2" checked> <span class="cjm-who cjm-persona-2">阿公</span>');
    expect(page).toContain('body:has(#cjm-show-persona-2:not(:checked)) #cjm-maps [data-persona="grandpa"]{display:none}');
    expect(await html('skincare-zh')).not.toContain('cjm-show-persona');
  });
});

describe.skipIf(Boolean(skip))('the persona toggle in Chromium', () => {
  let browser: Browser;
  const urls: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    urls.forEach(removeTempHtml);
  });

  for (const javaScriptEnabled of [true, false])
    it(`hides one persona's series when unticked and shows it again (scripts ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      const url = writeTempHtml(await html('clinic-zh'));
      urls.push(url);
      await page.goto(url);
      const shown = () =>
        page.evaluate(() => {
          // Drawn = neither it nor an ancestor is display:none (checkVisibility misses a hidden SVG <g>).
          const drawn = (e: Element | null): boolean => !e || (getComputedStyle(e).display !== 'none' && drawn(e.parentElement));
          const visible = (sel: string) => [...document.querySelectorAll(`#cjm-maps .cjm-map-light ${sel}`)].filter(drawn).length;
          return {
            mom: visible('[data-persona="mom"] .cjm-curve'),
            grandpa: visible('[data-persona="grandpa"] .cjm-curve'),
            grandpaPoints: visible('[data-persona="grandpa"] .cjm-curve-point'),
            grandpaThoughts: visible('[data-persona="grandpa"] .cjm-thought'),
            momPoints: visible('[data-persona="mom"] .cjm-curve-point'),
          };
        });
      const before = await shown();
      expect(before.mom).toBe(1);
      expect(before.grandpa).toBe(1);
      expect(before.grandpaPoints).toBe(11);
      expect(before.grandpaThoughts).toBeGreaterThan(0);
      await page.click('#cjm-show-persona-2');
      expect(await shown()).toEqual({ ...before, grandpa: 0, grandpaPoints: 0, grandpaThoughts: 0 });
      await page.click('#cjm-show-persona-2');
      expect(await shown()).toEqual(before);
      await context.close();
    });
});
