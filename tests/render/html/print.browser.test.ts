// Printing the HTML page (Chromium's page.pdf) gives the map laid out for paper: the same sheets as
// `--page`, each on a page of its own, every touchpoint whole, page numbers, text at 6 pt or more.
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
});
