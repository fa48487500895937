// Every example (and a hostile spec) through the whole pipeline — compile() to HTML — in Chromium.
// The test checks the screenshots are not blank; set CJM_SHOTS=DIR to keep them there for a human to look at.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import type { Journey } from '../../../src/model/journey.js';
import { browserSkipReason, distinctColours, launchBrowser, removeTempHtml, watchPage, writeTempHtml } from '../../helpers/browser.js';
import { HOSTILE } from './fixtures.js';
import { tempDir } from '../../helpers/temp.js';

const skip = browserSkipReason();
const EXAMPLES = readdirSync('examples')
  .filter((f) => /\.(ya?ml|md)$/.test(f))
  .sort();
const SHOTS = process.env.CJM_SHOTS ?? tempDir('cjm-html-shots-');

async function build(text: string, file: string): Promise<{ html: string; journey: Journey; valleys: number }> {
  const result = await compile(text, { file, format: 'html' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const html = result.outputs.html;
  if (typeof html !== 'string' || !result.journey) throw new Error(`${file}: no HTML output`);
  return { html, journey: result.journey, valleys: result.analysis?.valleys.length ?? 0 };
}

/** A spec with hostile text in every free-text field (ids stay valid: the schema restricts them). */
function hostileSpec(): string {
  const h = (field: string) => `${HOSTILE} javascript:alert('${field}')`;
  const tp = (id: string, emotion: number) => ({
    id,
    name: h('name'),
    description: h('description'),
    channel: h('channel'),
    when: h('when'),
    action: h('action'),
    thought: h('thought'),
    feeling: h('feeling'),
    emotion,
    evidence: ['src'],
    pains: [h('pain'), { text: h('pain object'), id: `${id}-p`, severity: 'high', evidence: ['src'] }],
    opportunities: [
      h('opportunity'),
      { text: h('opportunity object'), status: 'done', owner: h('item owner'), link: h('link'), addresses: [`${id}-p`], evidence: ['src'] },
      { text: h('opportunity link'), link: "javascript:alert('link')" },
    ],
    owner: h('owner'),
    metrics: { [h('metric')]: h('value') },
    physicalEvidence: [h('evidence'), h('evidence 2')],
    frontstage: [h('frontstage'), h('frontstage 2')],
    backstage: h('backstage'),
    support: h('support'),
    lanes: { kpi: [h('kpi'), h('kpi 2')] },
  });
  const spec = {
    title: h('title'),
    type: 'service-blueprint',
    locale: 'en',
    timescale: h('timescale'),
    lanes: [{ id: 'kpi', label: h('lane label') }],
    sources: [{ id: 'src', kind: 'survey', title: h('source'), date: h('date'), link: "javascript:alert('source')" }],
    persona: { name: h('persona'), description: h('description'), goals: [h('goal')], needs: [h('need')], frustrations: [h('frustration')], quote: h('quote') },
    stages: [
      {
        id: 's1',
        name: h('stage'),
        description: h('stage description'),
        pains: [h('stage pain')],
        opportunities: [h('stage opp')],
        touchpoints: [tp('a', 1), tp('b', -2)],
      },
      { id: 's2', name: h('stage 2'), touchpoints: [tp('c', 2)] },
    ],
  };
  return JSON.stringify(spec, null, 2); // JSON is YAML
}

describe.skipIf(Boolean(skip))('examples as HTML pages in Chromium', () => {
  let browser: Browser;
  const urls: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    urls.forEach(removeTempHtml);
  });

  async function open(html: string, colorScheme: 'light' | 'dark') {
    const page: Page = await browser.newPage({ colorScheme, viewport: { width: 1400, height: 900 } });
    const watch = watchPage(page);
    const url = writeTempHtml(html);
    urls.push(url);
    await page.goto(url);
    return { page, watch, url };
  }

  for (const file of EXAMPLES) {
    it(`${file}: loads clean, shows details on hover and Tab, lists every touchpoint, links valleys`, async () => {
      const { html, journey, valleys } = await build(readFileSync(join('examples', file), 'utf8'), join('examples', file));
      const ids = journey.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
      const { page, watch, url } = await open(html, 'light');
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([url]);
      expect(await page.$$eval('tr[data-touchpoint]', (rows) => rows.map((r) => r.getAttribute('data-touchpoint')))).toEqual(ids);
      expect(await page.$$eval('.cjm-map-light g[data-touchpoint]', (gs) => gs.map((g) => g.getAttribute('data-touchpoint')))).toEqual(ids);
      const last = ids[ids.length - 1]!;
      await page.hover(`[id="cjm-tp-${last}"]`);
      expect(await page.$eval(`#cjm-details article[data-for="${last}"]`, (a) => !(a as HTMLElement).hidden && !(a.parentElement as HTMLElement).hidden)).toBe(
        true,
      );
      await page.mouse.move(1, 1);
      let focused: string | null = null;
      for (let i = 0; i < 30 && !focused; i += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.getAttribute('data-touchpoint') ?? null);
      }
      expect(focused).toBe(ids[0]);
      expect(await page.isVisible(`#cjm-details article[data-for="${ids[0]}"]`)).toBe(true);
      const links = await page.$$eval('.cjm-valleys a', (as) =>
        as.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))?.getAttribute('data-touchpoint') ?? null),
      );
      // One link per valley (a future-state map may have closed them all).
      expect(links.length).toBe(valleys);
      expect(links.every((l) => l !== null && ids.includes(l))).toBe(true);
      expect(watch.errors).toEqual([]);
      await page.close();
    });

    it(`${file}: light and dark screenshots are not blank`, async () => {
      const { html } = await build(readFileSync(join('examples', file), 'utf8'), join('examples', file));
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await open(html, scheme);
        const png = await page.screenshot({ fullPage: false });
        writeFileSync(join(SHOTS, `${file}.${scheme}.png`), png);
        await page.locator('#cjm-scroll').screenshot({ path: join(SHOTS, `${file}.${scheme}.map.png`) });
        expect(await distinctColours(browser, png)).toBeGreaterThan(50);
        await page.close();
      }
    });
  }

  it('a hostile spec runs no script and injects no element', async () => {
    const { html, journey } = await build(hostileSpec(), 'hostile.yaml');
    const { page, watch } = await open(html, 'light');
    await page.hover('[id="cjm-tp-b"]');
    await page.keyboard.press('Tab');
    await page.focus('table [data-addresses="b-p"]');
    for (const text of await page.$$('.cjm-link-text')) if (await text.isVisible()) await text.click();
    for (const link of await page.$$('.cjm-valleys a')) await link.click();
    expect(watch.dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img, iframe, object, embed, a[href^="javascript:" i]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('a[href]:not([href^="#"])', (els) => els.length)).toBe(0); // no hostile link is a web link
    expect(await page.$$eval('script', (els) => els.length)).toBe(1);
    expect(await page.$$eval('*', (els) => els.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).length)).toBe(0);
    expect(await page.textContent('h1')).toBe(journey.title);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
