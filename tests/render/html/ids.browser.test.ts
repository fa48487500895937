// The page script in Chromium with awkward touchpoint ids and addresses: each map group gets its own
// name (not its neighbour's), and a malformed #fragment does not stop the script half-way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { browserSkipReason, launchBrowser, removeTempHtml, watchPage, writeTempHtml } from '../../helpers/browser.js';
import { accessibleNames } from './accessibility.js';

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
    if (url) removeTempHtml(url);
  });

  const nameOf = async (page: Page, id: string) => (await accessibleNames(page, `[id="${id}"]`))[0]?.name ?? '';

  it('names each touchpoint group after its own touchpoint although "a-h" is "a" plus "-h"', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await nameOf(page, 'cjm-tp-a')).toMatch(/^First name\b/);
    expect(await nameOf(page, 'cjm-tp-a-h')).toMatch(/^Second name\b/);
    await page.close();
  });

  it('finishes setting up the page when the address ends in a malformed #cjm-tp-%', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${url}#cjm-tp-%E0%A4`);
    expect(watch.errors).toEqual([]);
    expect(await page.isVisible('.cjm-toolbar')).toBe(true);
    await page.close();
  });
});
