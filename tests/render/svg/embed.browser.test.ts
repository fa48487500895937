// Embed-safe SVG in a real browser: a host page with its own SVG chart (Georgia text) and two maps
// inlined, one Traditional Chinese and one Japanese, both with a touchpoint `referral`. The host text
// keeps its font and width, each map keeps its own locale's font stack, and every aria-labelledby
// and #…-tp- link resolves inside its own map. Then the same maps after DOMPurify (SVG profile, in
// the page) and svgo's default preset must lay out the same and keep their accessible names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { optimize } from 'svgo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { stripProlog } from '../../../src/render/html/embed.js';
import { browserSkipReason, launchBrowser, removeTempHtml, writeTempHtml } from '../../helpers/browser.js';
import { accessibleNames } from '../html/accessibility.js';

/** Screenshots to look at, only when CJM_SCREENSHOT_DIR names a folder (the test leaves no file behind otherwise). */
const shoot = async (p: Page, name: string): Promise<void> => {
  const dir = process.env.CJM_SCREENSHOT_DIR;
  if (dir) await p.screenshot({ path: join(dir, name), fullPage: true });
};

const skip = browserSkipReason();
if (skip) console.warn(skip);

const spec = (title: string, locale: string, names: [string, string, string]): string => `title: ${title}
locale: ${locale}
stages:
  - id: find
    name: ${names[0]}
    touchpoints:
      - {id: referral, name: ${names[1]}, emotion: -2, pains: [${names[2]}], opportunities: [${names[2]}]}
      - {id: visit, name: ${names[2]}, emotion: 1}
`;
const ZH = spec('診所預約旅程', 'zh-Hant', ['認識', '朋友推薦', '看診說明']);
const JA = spec('診療予約の旅', 'ja', ['認知', '友人の紹介', '検査の説明']);

const HOST_CHART =
  '<svg id="host" width="320" height="60" xmlns="http://www.w3.org/2000/svg"><text id="host-label" x="10" y="40" font-family="Georgia" font-size="20">Revenue by quarter</text></svg>';
const page = (body: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;

async function svgFor(text: string, file: string): Promise<string> {
  const result = await compile(text, { file, format: 'svg' });
  expect(result.ok).toBe(true);
  return stripProlog(String(result.outputs.svg)).trim();
}

interface HostText {
  family: string;
  width: number;
}
const hostText = (p: Page): Promise<HostText> =>
  p.$eval('#host-label', (t) => ({ family: getComputedStyle(t).fontFamily, width: (t as SVGTextElement).getComputedTextLength() }));

/**
 * Layout of a map's key elements, relative to its root: the root's size, every text (by its content)
 * and every touchpoint group. svgo rewrites shapes (rect and line become path, paths merge), so
 * shapes are compared through the groups that hold them.
 */
const layoutOf = (p: Page, root: string): Promise<Record<string, number[] | string[]>> =>
  p.$eval(root, (svg) => {
    const origin = svg.getBoundingClientRect();
    const box = (el: Element): number[] => {
      const r = el.getBoundingClientRect();
      return [r.x - origin.x, r.y - origin.y, r.width, r.height].map((n) => Math.round(n));
    };
    const out: Record<string, number[] | string[]> = { root: [Math.round(origin.width), Math.round(origin.height)] };
    svg.querySelectorAll('text').forEach((t, i) => {
      out[`text ${i} ${t.textContent}`] = box(t);
    });
    svg.querySelectorAll('g[data-touchpoint]').forEach((g) => {
      out[`touchpoint ${g.getAttribute('data-touchpoint')}`] = box(g);
    });
    out.fonts = [...new Set([...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fontFamily))];
    return out;
  });

describe.skipIf(Boolean(skip))('embed-safe SVG: two maps and a host chart on one page', () => {
  let browser: Browser;
  const urls: string[] = [];
  let zh = '';
  let ja = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    zh = await svgFor(ZH, 'maps/clinic-zh.yaml');
    ja = await svgFor(JA, 'maps/clinic-ja.yaml');
  });
  afterAll(async () => {
    await browser?.close();
    for (const url of urls) removeTempHtml(url);
  });
  const open = async (html: string, name: string): Promise<Page> => {
    const url = writeTempHtml(html, name);
    urls.push(url);
    const p = await browser.newPage({ viewport: { width: 1400, height: 1200 } });
    await p.goto(url);
    return p;
  };

  it('leaves the host chart alone and gives each map its own font stack', async () => {
    const alone = await open(page(HOST_CHART), 'alone.html');
    const before = await hostText(alone);
    await alone.close();
    const p = await open(page(`${HOST_CHART}<div id="a">${zh}</div><div id="b">${ja}</div>`), 'two-maps.html');
    expect(await hostText(p)).toEqual(before);
    expect(before.family).toBe('Georgia');
    const families = await p.$$eval('svg[role="img"]', (maps) =>
      maps.map((m) => [...new Set([...m.querySelectorAll('text')].map((t) => getComputedStyle(t).fontFamily))]),
    );
    expect(families).toHaveLength(2);
    expect(families[0]).toHaveLength(1);
    expect(families[1]).toHaveLength(1);
    expect(families[0]![0]).toMatch(/^"Noto Sans TC"/);
    expect(families[1]![0]).toMatch(/^"Noto Sans JP"/);
    await shoot(p, 'cjm-embed-two-maps.png');
    await p.close();
  });

  it('resolves every aria-labelledby and every touchpoint id inside its own map', async () => {
    const p = await open(page(`${HOST_CHART}${zh}${ja}`), 'refs.html');
    const report = await p.$$eval('svg[role="img"]', (maps) =>
      maps.map((m) => ({
        labelledBy: (m.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.closest('svg') === m),
        touchpoints: [...m.querySelectorAll('g[data-touchpoint]')].map(
          (g) => document.querySelector(`[id="${g.id}"]`) === g && g.id.endsWith(`-tp-${g.getAttribute('data-touchpoint')}`),
        ),
        root: m.id,
      })),
    );
    expect(report.map((r) => r.root)).toEqual(['clinic-zh-root', 'clinic-ja-root']);
    for (const r of report) {
      expect(r.labelledBy).toEqual([true, true]);
      expect(r.touchpoints).toEqual([true, true]);
    }
    const ids = await p.$$eval('[id]', (els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await accessibleNames(p, 'svg[role="img"]')).toEqual([
      { role: 'image', name: expect.stringMatching(/^診所預約旅程/) },
      { role: 'image', name: expect.stringMatching(/^診療予約の旅/) },
    ]);
    await p.close();
  });

  it('renders the same after DOMPurify (SVG profile) and after svgo, and keeps its accessible name', async () => {
    const purify = readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.js'), 'utf8');
    const optimised = optimize(ja, { multipass: false }).data;
    const p = await open(page(`${HOST_CHART}<div id="orig">${ja}</div><div id="purified"></div><div id="svgo">${optimised}</div>`), 'sanitised.html');
    await p.addScriptTag({ content: purify });
    await p.evaluate(() => {
      const w = window as unknown as { DOMPurify: { sanitize(s: string, o: object): string } };
      const source = document.querySelector('#orig')!.innerHTML;
      document.querySelector('#purified')!.innerHTML = w.DOMPurify.sanitize(source, { USE_PROFILES: { svg: true, svgFilters: true } });
    });
    const original = await layoutOf(p, '#orig > svg');
    expect(Object.keys(original).length).toBeGreaterThan(20);
    expect(await layoutOf(p, '#purified > svg')).toEqual(original);
    expect(await layoutOf(p, '#svgo > svg')).toEqual(original);
    expect(await hostText(p)).toMatchObject({ family: 'Georgia' });
    const names = await accessibleNames(p, 'div > svg');
    expect(names).toHaveLength(3);
    for (const n of names) expect(n.name).toMatch(/^診療予約の旅/);
    await shoot(p, 'cjm-embed-sanitised.png');
    await p.close();
  });
});
