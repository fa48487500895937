// Issue 10 item 7: every example page, in light and dark, through axe-core with zero serious or
// critical violations and unique landmark names; touchpoints named starting with their visible
// name; and at 320 px wide no page scrolls sideways, however long a URL the spec holds.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import type { Journey } from '../../../src/model/journey.js';
import { browserSkipReason, launchBrowser } from '../../helpers/browser.js';
import { accessibleNames, describeViolations, forbidden, runAxe } from './accessibility.js';

const skip = browserSkipReason();
if (skip) console.warn(skip);
const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const SCHEMES = ['light', 'dark'] as const;

/** A URL of exactly 300 characters with no break opportunity a browser would take by itself. */
export const LONG_URL = `https://example.com/${'a'.repeat(140)}/${'b'.repeat(139)}`;

/** Title, persona and every touchpoint field hold the long URL (or one 300-letter word). */
function longTextSpec(): string {
  const word = 'W'.repeat(300);
  const tp = (id: string, emotion: number) => ({
    id,
    name: LONG_URL,
    description: LONG_URL,
    channel: LONG_URL,
    when: word,
    action: LONG_URL,
    thought: word,
    feeling: LONG_URL,
    emotion,
    pains: [LONG_URL],
    opportunities: [word],
    owner: LONG_URL,
    metrics: { [LONG_URL]: LONG_URL },
    frontstage: LONG_URL,
    backstage: LONG_URL,
    support: LONG_URL,
  });
  return JSON.stringify({
    title: LONG_URL,
    type: 'service-blueprint',
    locale: 'en',
    timescale: word,
    persona: { name: LONG_URL, description: LONG_URL, goals: [LONG_URL], needs: [word], frustrations: [LONG_URL], quote: LONG_URL },
    stages: [
      { id: 's1', name: LONG_URL, description: LONG_URL, pains: [LONG_URL], opportunities: [word], touchpoints: [tp('a', 1), tp('b', -2)] },
      { id: 's2', name: word, touchpoints: [tp('c', 2)] },
    ],
  }); // JSON is YAML
}

describe.skipIf(Boolean(skip))('accessibility of the HTML page in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const pages = new Map<string, { url: string; journey: Journey }>();
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'cjm-a11y-'));
    const sources: Array<[string, string]> = [
      ...EXAMPLES.map((f): [string, string] => [f, readFileSync(join('examples', f), 'utf8')]),
      ['long-text.yaml', longTextSpec()],
    ];
    for (const [name, text] of sources) {
      // Examples compile from their own folder, so a `baseline:` beside them resolves.
      const specFile = name === 'long-text.yaml' ? name : join('examples', name);
      const result = await compile(text, { file: specFile, format: 'html' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      if (typeof result.outputs.html !== 'string' || !result.journey) throw new Error(`${name}: no HTML`);
      const file = join(dir, `${name}.html`);
      writeFileSync(file, result.outputs.html);
      pages.set(name, { url: pathToFileURL(file).href, journey: result.journey });
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page in its own context and always closes the context, pass or fail. */
  async function withPage<T>(
    name: string,
    options: { colorScheme: 'light' | 'dark'; width: number },
    run: (page: Page, journey: Journey) => Promise<T>,
  ): Promise<T> {
    const entry = pages.get(name);
    if (!entry) throw new Error(`no page ${name}`);
    const context: BrowserContext = await browser.newContext({ colorScheme: options.colorScheme, viewport: { width: options.width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(entry.url);
      return await run(page, entry.journey);
    } finally {
      await context.close();
    }
  }

  for (const file of EXAMPLES) {
    for (const colorScheme of SCHEMES) {
      it(`${file}, ${colorScheme}: axe finds no serious or critical violation and no duplicate landmark`, async () => {
        const violations = await withPage(file, { colorScheme, width: 1400 }, (page) => runAxe(page));
        const bad = forbidden(violations);
        expect(bad, `axe on ${file} (${colorScheme}):\n${describeViolations(bad)}`).toEqual([]);
      });
    }

    it(`${file}: each touchpoint on the visible map is a button whose name starts with its visible name`, async () => {
      for (const colorScheme of SCHEMES) {
        const names = await withPage(file, { colorScheme, width: 1400 }, async (page, journey) => ({
          got: await accessibleNames(page, `.cjm-map-${colorScheme} g[data-touchpoint]`),
          expected: journey.stages.flatMap((s) => s.touchpoints.map((t) => t.name)),
        }));
        expect(names.got.map((n) => n.role)).toEqual(names.expected.map(() => 'button'));
        names.got.forEach((n, i) => {
          expect(n.name.startsWith(names.expected[i]!), `${colorScheme}: "${n.name}" should start with "${names.expected[i]}"`).toBe(true);
        });
      }
    });
  }

  it("a page full of 300-character URLs passes axe too, with a touchpoint's details open", async () => {
    for (const colorScheme of SCHEMES) {
      const violations = await withPage('long-text.yaml', { colorScheme, width: 1400 }, async (page) => {
        await page.focus(`.cjm-map-${colorScheme} g[data-touchpoint="b"]`);
        expect(await page.isVisible('#cjm-details article[data-for="b"]')).toBe(true);
        return runAxe(page);
      });
      const bad = forbidden(violations);
      expect(bad, `axe on the long-text page (${colorScheme}):\n${describeViolations(bad)}`).toEqual([]);
    }
  });

  for (const name of [...EXAMPLES, 'long-text.yaml']) {
    it(`${name}: at 320 px wide the page does not scroll sideways (WCAG 1.4.10), details open or not`, async () => {
      const widths = await withPage(name, { colorScheme: 'light', width: 320 }, async (page, journey) => {
        const closed = await page.evaluate(() => document.documentElement.scrollWidth);
        const first = journey.stages[0]!.touchpoints[0]!.id;
        await page.focus(`.cjm-map-light g[data-touchpoint="${first}"]`);
        const open = await page.evaluate(() => document.documentElement.scrollWidth);
        // The map is 2-D content: it may (and at 320 px does) scroll inside its own container.
        const map = await page.$eval('#cjm-scroll', (s) => s.scrollWidth > s.clientWidth);
        return { closed, open, map };
      });
      expect(widths).toEqual({ closed: 320, open: 320, map: true });
    });
  }
});
