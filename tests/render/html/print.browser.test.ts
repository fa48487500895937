// Printing the HTML page (Chromium's page.pdf) gives the map laid out for paper: the same sheets as
// `--page`, each on a page of its own, every touchpoint whole, page numbers, text at 6 pt or more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { ROOT } from '../../helpers/cli.js';
import { browserSkipReason, launchBrowser, writeTempHtml } from '../../helpers/browser.js';
import { SKIP_POPPLER, info, poppler } from '../pdf/poppler.js';

const skip = browserSkipReason() ?? (SKIP_POPPLER ? 'poppler missing' : undefined);
const squash = (s: string) => s.replace(/\s+/g, '');
const dir = mkdtempSync(join(tmpdir(), 'cjm-html-print-'));
const pages: string[] = [];

/** Page `n` of the PDF in grey at 20 dpi: the mean brightness, and the share of dark (text) pixels. */
function greys(file: string, n: number): { mean: number; dark: number } {
  const pgm = spawnSync('pdftoppm', ['-gray', '-r', '20', '-f', String(n), '-l', String(n), file]).stdout as Buffer;
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1', 0, 40))!;
  const px = pgm.subarray(header[0].length);
  let sum = 0;
  let dark = 0;
  for (const v of px) {
    sum += v;
    if (v < 128) dark += 1;
  }
  return { mean: sum / px.length, dark: dark / px.length };
}

describe.skipIf(Boolean(skip))('printing the HTML page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
    for (const url of pages) rmSync(dirname(fileURLToPath(url)), { recursive: true, force: true });
  });

  for (const [spec, paper, expected] of [
    ['long-term-care-zh.yaml', 'a4', 'A4'],
    ['saas-trial-en.yaml', 'letter', 'letter'],
  ] as const) {
    it(`${spec} (--page ${paper}): prints the paper sheets, not the screen map`, async () => {
      const text = readFileSync(join(ROOT, 'examples', spec), 'utf8');
      const result = await compile(text, { file: `examples/${spec}`, format: ['html', 'pdf'], page: paper });
      const sheets = (String(result.outputs.html).match(/<svg class="cjm-sheet"/g) ?? []).length;
      const pdfFile = join(dir, `${spec}.pdf`);
      writeFileSync(pdfFile, result.outputs.pdf as Uint8Array);
      expect(sheets).toBe(Number(info(pdfFile).Pages));
      const url = writeTempHtml(String(result.outputs.html));
      pages.push(url);
      const page = await browser.newPage();
      await page.goto(url);
      const printed = join(dir, `${spec}-printed.pdf`);
      await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
      await page.close();
      const printedInfo = info(printed);
      expect(Number(printedInfo.Pages)).toBe(sheets);
      expect(printedInfo['Page size']).toContain(expected);
      const all = squash(poppler('pdftotext', [printed, '-']));
      for (const tp of result.journey!.stages.flatMap((s) => s.touchpoints)) expect(all).toContain(squash(tp.name));
      for (let i = 1; i <= sheets; i += 1) expect(all).toContain(`${i}/${sheets}`);
      const heights = [...poppler('pdftotext', ['-bbox', printed, '-']).matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
        (m) => Number(m[2]) - Number(m[1]),
      );
      // Chromium's word boxes are the font's ascent + descent (Noto: 1.448 em); the smallest text is 6 pt or more.
      expect(Math.min(...heights) / 1.448).toBeGreaterThanOrEqual(5.9);
    });
  }

  it('a dark map, in a browser set to dark, prints light sheets on white', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'long-term-care-zh.yaml'), 'utf8');
    const result = await compile(text, { file: 'examples/long-term-care-zh.yaml', format: 'html', theme: 'dark' });
    const url = writeTempHtml(String(result.outputs.html));
    pages.push(url);
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    const printed = join(dir, 'dark-printed.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const count = Number(info(printed).Pages);
    expect(count).toBeGreaterThan(1);
    for (let n = 1; n <= count; n += 1) {
      const { mean, dark } = greys(printed, n);
      // A light page (the dark map's #0f172a would give a mean near 20) that still carries dark ink: the text.
      expect(mean, `page ${n} is light`).toBeGreaterThan(200);
      expect(dark, `page ${n} has dark text`).toBeGreaterThan(0.001);
    }
  });
});
