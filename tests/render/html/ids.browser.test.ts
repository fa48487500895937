// The page script in Chromium with awkward touchpoint ids and addresses: each map group is named by
// its own details heading, and a malformed #fragment does not stop the script half-way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { browserSkipReason, launchBrowser, watchPage, writeTempHtml } from '../../helpers/browser.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);

const SPEC = `title: Ids
stages:
  - id: s
    touchpoints:
      - {id: a-h, name: Second name, emotion: 1}
      - {id: a, name: First name, emotion: -1, pains: [p], opportunities: [o]}
`;

describe.skipIf(Boolean(skip))('page script with awkward ids and addresses', () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    url = writeTempHtml(String((await compile(SPEC, { file: 'ids.yaml', format: 'html' })).outputs.html));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const labelOf = (page: Page, id: string) =>
    page.$eval(`#${id}`, (g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ?? null);

  it('names each touchpoint group by its own heading although "a-h" is "a" plus "-h"', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await labelOf(page, 'tp-a')).toBe('First name');
    expect(await labelOf(page, 'tp-a-h')).toBe('Second name');
    await page.close();
  });

  it('finishes setting up the page when the address ends in a malformed #tp-%', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${url}#tp-%E0%A4`);
    expect(watch.errors).toEqual([]);
    expect(await page.isVisible('.cjm-toolbar')).toBe(true);
    await page.close();
  });
});
