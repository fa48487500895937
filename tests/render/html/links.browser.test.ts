// Links and the pain ↔ opportunity highlight in a real Chromium, through the whole pipeline
// (compile() to HTML): only http(s) links are clickable, wherever a link may be written
// (an opportunity's link, a source's link), and nothing else navigates or runs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { browserSkipReason, launchBrowser, removeTempHtml, watchPage, writeTempHtml } from '../../helpers/browser.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

const BAD = [
  'javascript:alert(1)',
  'JavaScript:alert(2)',
  ' javascript:alert(3)',
  'java\tscript:alert(4)',
  'data:text/html,<script>alert(5)</script>',
  'vbscript:msgbox(6)',
  '../secret/report.pdf',
  '//evil.example/x',
  'file:///etc/passwd',
  'mailto:a@example.com',
];
const GOOD = ['https://tracker.example.com/CS-142', 'http://example.org/report'];

function spec(): string {
  const links = [...BAD, ...GOOD];
  return JSON.stringify({
    title: 'Links',
    sources: links.map((link, i) => ({ id: `s${i}`, kind: 'other', title: `Source ${i}`, link })),
    stages: [
      {
        name: 'S',
        touchpoints: [
          { name: 'A', emotion: 1, pains: [{ text: 'Slow', id: 'slow', severity: 'high', evidence: ['s0'] }] },
          {
            name: 'B',
            emotion: -1,
            pains: ['Other'],
            opportunities: links.map((link, i) => ({ text: `Fix ${i}`, link, ...(i === 0 ? { addresses: ['slow'], id: 'fix' } : {}) })),
          },
        ],
      },
    ],
  });
}

describe.skipIf(Boolean(skip))('links on the HTML page in Chromium', () => {
  let browser: Browser;
  const urls: string[] = [];
  let page: Page;
  let url: string;
  let watch: ReturnType<typeof watchPage>;
  beforeAll(async () => {
    browser = await launchBrowser();
    const result = await compile(spec(), { file: 'links.yaml', format: 'html' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    url = writeTempHtml(String(result.outputs.html));
    urls.push(url);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    watch = watchPage(page);
    await page.goto(url);
  });
  afterAll(async () => {
    await browser?.close();
    urls.forEach(removeTempHtml);
  });

  it('makes only http(s) addresses clickable: no other link becomes an <a>, in the page or the map', async () => {
    const links = await page.$$eval('a[href]', (as) =>
      as.map((a) => ({ protocol: (a as HTMLAnchorElement).protocol, href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') })),
    );
    const external = links.filter((l) => !l.href.startsWith('#'));
    // Each good link twice per place it is written (details and table; the Sources section once).
    expect(new Set(external.map((l) => l.href))).toEqual(new Set(['https://tracker.example.com/CS-142', 'http://example.org/report']));
    expect(external.every((l) => (l.protocol === 'http:' || l.protocol === 'https:') && l.rel === 'noopener noreferrer')).toBe(true);
    // Fragment links stay on the page.
    expect(links.filter((l) => l.href.startsWith('#')).every((l) => l.protocol === 'file:')).toBe(true);
    expect(await page.$$eval('svg a, [href^="javascript" i], [src]', (els) => els.length)).toBe(0);
  });

  it('clicking a link written as text navigates nowhere and runs nothing', async () => {
    const texts = page.locator('.cjm-sources .cjm-link-text');
    expect(await texts.count()).toBe(BAD.length);
    for (let i = 0; i < BAD.length; i += 1) await texts.nth(i).click();
    expect(page.url()).toBe(url);
    expect(watch.dialogs).toEqual([]);
    expect(watch.requests).toEqual([url]);
    expect(watch.errors).toEqual([]);
  });

  it('focusing an opportunity lights the pain it answers, on the map and in the table, and the other way round', async () => {
    const lit = () =>
      page.$$eval('.cjm-linked', (els) => els.map((e) => `${e.tagName.toLowerCase()}:${e.getAttribute('data-pain') ?? e.getAttribute('data-addresses')}`));
    await page.focus('table [data-addresses="slow"]');
    expect(await lit()).toEqual(expect.arrayContaining(['g:slow', 'li:slow']));
    expect(await page.$$eval('table .cjm-linked', (els) => els.length)).toBe(2); // the opportunity and its pain
    await page.focus('table [data-pain="slow"]');
    expect((await lit()).sort()).toEqual(expect.arrayContaining(['g:slow', 'li:slow']));
    await page.mouse.move(1, 1);
    await page.locator('a.cjm-skip').focus();
    expect(await lit()).toEqual([]);
  });
});
