// Nothing is ever cut on paper: a touchpoint whose text is taller than a sheet, or a persona card
// taller than the first page, continues on the next sheets (layout/flow.ts), and the PDF holds each
// word once, on a page, inside the page box, at the readable size. Read back with pdftotext -bbox.
// The build says so with a page-overflow warning that points at the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { MIN_TEXT_PT, PAPER } from '../../../src/layout/sheets.js';
import { ROOT } from '../../helpers/cli.js';
import { SKIP_POPPLER, pagesOf, tempPdf } from './poppler.js';

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'long-term-care-zh.yaml'), 'utf8');
/** Noto Sans's ascent + descent, in em: pdftotext's word box height for text of 1 pt. */
const BOX_PER_PT = 1.448;

/** Numbered tokens, each a word of its own, between Chinese sentences that wrap between characters. */
const tokens = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
const prose = (words: readonly string[]): string => words.map((w) => `每天都打電話問進度，卻一直沒有回音 ${w} `).join('');

/** The example with its first touchpoint's action, or its persona's goals, far taller than a sheet. */
function tallSpec(part: 'action' | 'goals', words: readonly string[]): string {
  if (part === 'action') return EXAMPLE.replace(/^(\s+action: ).*$/m, (_, key: string) => `${key}${prose(words)}`);
  const goals = words.map((w) => `    - 把居家照顧、交通接送、輔具租借和喘息服務一次安排好 ${w}`).join('\n');
  return EXAMPLE.replace(/^ {2}goals:\n(?: {4}- .*\n)+/m, `  goals:\n${goals}\n`);
}

const CASES = [
  { part: 'action', words: tokens('w', 150), portrait: false },
  { part: 'action', words: tokens('w', 150), portrait: true },
  { part: 'goals', words: tokens('g', 60), portrait: false },
  { part: 'goals', words: tokens('g', 60), portrait: true },
] as const;

describe.skipIf(SKIP_POPPLER)('text taller than a sheet, printed', () => {
  for (const { part, words, portrait } of CASES) {
    it(`${part} on A4${portrait ? ' portrait' : ''}: every word once, inside the page box, readable`, async () => {
      const result = await compile(tallSpec(part, words), { file: 'map.yaml', format: 'pdf', page: 'a4', portrait });
      expect(result.ok).toBe(true);
      const pages = pagesOf(tempPdf(result.outputs.pdf as Uint8Array));
      expect(pages.length).toBeGreaterThan(1);
      const [long, short] = PAPER.a4;
      const [width, height] = portrait ? [short, long] : [long, short];
      for (const [i, page] of pages.entries()) {
        for (const w of page) {
          const where = `page ${i + 1}: "${w.text}" at ${w.xMin},${w.yMin}-${w.xMax},${w.yMax}`;
          expect(w.xMin >= 0 && w.yMin >= 0 && w.xMax <= width && w.yMax <= height, where).toBe(true);
          expect((w.yMax - w.yMin) / BOX_PER_PT, where).toBeGreaterThanOrEqual(MIN_TEXT_PT.a4 - 0.05);
        }
      }
      const found = pages.flat().map((w) => w.text);
      const counts = words.map((t) => found.filter((f) => f === t).length);
      expect(
        words.filter((_, i) => counts[i] !== 1),
        'tokens not printed exactly once',
      ).toEqual([]);
    });
  }
});

describe('page-overflow', () => {
  it('points at the field that is too tall, and names the sheets it continues over', async () => {
    const spec = tallSpec('action', tokens('w', 150));
    expect(spec.split('\n')[49]).toMatch(/^ {8}action: .*w000/);
    const result = await compile(spec, { file: 'map.yaml', format: 'pdf', page: 'a4' });
    const warnings = result.diagnostics.filter((d) => d.code === 'page-overflow');
    expect(warnings.map(({ code, severity, line, column }) => ({ code, severity, line, column }))).toEqual([
      { code: 'page-overflow', severity: 'warning', line: 50, column: 9 },
    ]);
    expect(warnings[0]!.message).toMatch(/^the action of touchpoint "出院準備護理師說明" is taller than a sheet of A4: it continues over sheets \d+–\d+/);
  });

  it('is not reported for a map that fits, nor for the HTML page (its print sheets are optional)', async () => {
    const fits = await compile(EXAMPLE, { file: 'map.yaml', format: 'pdf', page: 'a4' });
    expect(fits.diagnostics.filter((d) => d.code === 'page-overflow')).toEqual([]);
    const html = await compile(tallSpec('action', tokens('w', 150)), { file: 'map.yaml', format: 'html' });
    expect(html.diagnostics.filter((d) => d.code === 'page-overflow')).toEqual([]);
  });
});
