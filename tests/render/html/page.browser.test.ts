// The page script and markup in a real Chromium, on a hand-built journey with a stub SVG (so these
// run even when the layout changes). Full examples through compile(): examples.browser.test.ts.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage, type HtmlInput } from '../../../src/render/html/page.js';
import { browserSkipReason, launchBrowser, removeTempHtml, watchPage, writeTempHtml, type PageWatch } from '../../helpers/browser.js';
import { HOSTILE, hostile, sampleAnalysis, sampleJourney, stubScene, stubSvg } from './fixtures.js';
import { tempDir } from '../../helpers/temp.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

function html(theme: HtmlInput['theme'] = 'light', journey = sampleJourney()): string {
  return renderPage({ journey, analysis: sampleAnalysis(), scenes: { light: stubScene(journey, 'light'), dark: stubScene(journey, 'dark') }, theme }, stubSvg);
}

describe.skipIf(Boolean(skip))('HTML page in Chromium', () => {
  let browser: Browser;
  const urls: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    urls.forEach(removeTempHtml);
  });

  async function open(markup: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: PageWatch; url: string }> {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page);
    const url = writeTempHtml(markup);
    urls.push(url);
    await page.goto(url);
    return { page, watch, url };
  }
  const detailsShowing = (page: Page) =>
    page.evaluate(() => {
      const panel = document.getElementById('cjm-details');
      const article = panel?.querySelector('article:not([hidden])');
      return panel && !panel.hidden && article ? article.getAttribute('data-for') : null;
    });

  it('loads with no console error and no request but the document, and runs its script under the CSP', async () => {
    const { page, watch, url } = await open(html());
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([url]);
    expect(await page.isVisible('.cjm-toolbar')).toBe(true); // the script ran (it unhides the toolbar)
    await page.close();
  });

  it('lets a <style> inside the map apply under the CSP (its hash covers the parsed text)', async () => {
    const journey = sampleJourney();
    const withStyle = (scene: Parameters<typeof stubSvg>[0]) =>
      stubSvg(scene).replace('<defs>', '<style><![CDATA[text{font-weight:400}]]> g&gt;rect{stroke-width:7px}</style><defs>');
    const markup = renderPage(
      { journey, analysis: sampleAnalysis(), scenes: { light: stubScene(journey, 'light'), dark: stubScene(journey, 'dark') }, theme: 'light' },
      withStyle,
    );
    const { page, watch } = await open(markup);
    expect(watch.errors).toEqual([]);
    expect(await page.$eval('#cjm-tp-checkout rect', (r) => getComputedStyle(r).strokeWidth)).toBe('7px');
    await page.close();
  });

  it('shows a touchpoint’s details on hover and hides them when the pointer leaves', async () => {
    const { page } = await open(html());
    await page.hover('#cjm-tp-checkout');
    expect(await detailsShowing(page)).toBe('checkout');
    expect(await page.textContent('#cjm-details')).toContain('運費門檻太高');
    await page.mouse.move(5, 790);
    await page.waitForFunction(() => document.getElementById('cjm-details')?.hidden === true);
    await page.close();
  });

  it('reaches touchpoints with the keyboard alone: Tab shows details, Enter pins, Escape closes', async () => {
    const { page } = await open(html());
    let focused: string | null = null;
    for (let i = 0; i < 15 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-touchpoint') ?? null);
    }
    expect(focused).toBe('ig-ad');
    expect(await detailsShowing(page)).toBe('ig-ad');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await detailsShowing(page)).toBe('yt-review');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await detailsShowing(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-touchpoint'))).toBe('yt-review');
    await page.close();
  });

  it('pins details on click until clicked again', async () => {
    const { page } = await open(html());
    await page.click('#cjm-tp-ig-ad');
    await page.mouse.move(5, 790);
    await page.waitForTimeout(400);
    expect(await detailsShowing(page)).toBe('ig-ad');
    await page.click('#cjm-tp-ig-ad');
    expect(await detailsShowing(page)).toBeNull();
    await page.close();
  });

  it('links every valley to an element on the map, lowest first, and reveals it on click', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open(html(), scheme);
      const targets = await page.$$eval('.cjm-valleys a', (as) => as.map((a) => Boolean(document.getElementById(a.getAttribute('href')!.slice(1)))));
      expect(targets).toEqual([true]);
      await page.click('.cjm-valleys a');
      expect(await detailsShowing(page)).toBe('checkout');
      const active = await page.evaluate(() => document.activeElement?.id);
      expect(active).toBe(scheme === 'dark' ? 'cjm-dark-tp-checkout' : 'cjm-tp-checkout');
      await page.close();
    }
  });

  it('lists every touchpoint in the table, grouped by stage', async () => {
    const { page } = await open(html());
    const rows = await page.$$eval('table tbody tr[data-touchpoint] th[scope=row]', (ths) => ths.map((th) => th.textContent));
    expect(rows).toEqual(sampleJourney().stages.flatMap((s) => s.touchpoints.map((t) => t.name)));
    expect(await page.$$eval('th[scope=rowgroup]', (ths) => ths.map((th) => th.textContent))).toEqual(['認知', '購買']);
    await page.close();
  });

  it('shows the dark map under prefers-color-scheme: dark and the light one otherwise', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open(html(), scheme);
      const vis = await page.evaluate(() => ['.cjm-map-light', '.cjm-map-dark'].map((s) => getComputedStyle(document.querySelector(s)!).visibility));
      expect(vis).toEqual(scheme === 'dark' ? ['hidden', 'visible'] : ['visible', 'hidden']);
      await page.close();
    }
  });

  it('zooms the map with the toolbar', async () => {
    const { page } = await open(html());
    const width = () => page.$eval('.cjm-map-light svg', (s) => s.getBoundingClientRect().width);
    const before = await width();
    await page.click('[data-zoom=in]');
    expect(await width()).toBeCloseTo(before * 1.25, 0);
    await page.click('[data-zoom=reset]');
    expect(await width()).toBeCloseTo(before, 0);
    await page.close();
  });

  it('runs no injected script and injects no element, whatever the spec holds', async () => {
    const journey = hostile(sampleJourney());
    const { page, watch } = await open(html('light', journey));
    await page.hover('#cjm-tp-checkout rect');
    await page.click('.cjm-valleys a');
    expect(watch.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img, iframe, object, embed', (els) => els.length)).toBe(0);
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.$$eval('style', (els) => els.length)).toBe(1);
    expect(await page.$$eval('*', (els) => els.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length)).toBe(0);
    expect(await page.textContent('h1')).toBe(journey.title);
    expect(journey.title).toContain(HOSTILE);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('prints the map alone on one landscape page', async () => {
    const { page } = await open(html());
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = tempDir('cjm-print-');
    writeFileSync(join(dir, 'p.pdf'), pdf);
    let info: string, first: string;
    try {
      info = execFileSync('pdfinfo', [join(dir, 'p.pdf')], { encoding: 'utf8' });
      first = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    expect(w).toBeGreaterThan(h ?? Infinity);
    expect(first).toContain('開箱使用'); // the map's last touchpoint made it onto page 1
    expect(first).not.toContain('痛在哪裡'); // and the rest of the page starts on page 2
    await page.close();
  });
});
