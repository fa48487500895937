// Maps on paper (--page a4|a3|letter), read back with poppler: every example and a 14-touchpoint
// Traditional Chinese one, on every paper size. Nothing is cut, every sheet carries the title, its
// page number, the stage header row and the lane labels, the smallest text prints at the paper's
// minimum, and full sheets use the sheet's width. (The PNGs of these were looked at with pdftoppm.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { labelsFor } from '../../../src/i18n/labels.js';
import { formatScore } from '../../../src/layout/context.js';
import { MIN_TEXT_PT, PAPER, PAPER_MARGIN, type PaperSize } from '../../../src/layout/sheets.js';
import { ROOT } from '../../helpers/cli.js';
import { SKIP_POPPLER, info, pagesOf } from './poppler.js';

const EXAMPLES = join(ROOT, 'examples');
const specs = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const squash = (s: string) => s.replace(/\s+/g, '');
const dir = mkdtempSync(join(tmpdir(), 'cjm-paper-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Noto Sans's ascent + descent, in em: pdftotext's word box height for text of 1 pt. */
const BOX_PER_PT = 1.448;

/** The rightmost drawn pixel above the footer, in points from the page's left edge (72 dpi, grey). */
function inkRight(file: string, page: number, height: number): number {
  const r = spawnSync('pdftoppm', ['-gray', '-r', '72', '-f', String(page), '-l', String(page), '-H', String(Math.floor(height - PAPER_MARGIN - 20)), file]);
  const pgm = r.stdout as Buffer;
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1', 0, 40))!;
  const w = Number(header[1]);
  const h = Number(header[2]);
  const at = header[0].length;
  const background = pgm[at]!;
  let right = 0;
  for (let y = 0; y < h; y += 1) for (let x = w - 1; x > right; x -= 1) if (Math.abs(pgm[at + y * w + x]! - background) > 8) right = x;
  return right + 1;
}

async function paperPdf(spec: string, page: PaperSize) {
  const text = readFileSync(join(EXAMPLES, spec), 'utf8');
  const result = await compile(text, { file: `examples/${spec}`, format: 'pdf', page });
  const bytes = result.outputs.pdf as Uint8Array;
  const again = (await compile(text, { file: `examples/${spec}`, format: 'pdf', page })).outputs.pdf as Uint8Array;
  const file = join(dir, `${spec}-${page}.pdf`);
  writeFileSync(file, bytes);
  return { journey: result.journey!, bytes, again, file };
}

describe.skipIf(SKIP_POPPLER)('maps on paper', () => {
  it('the examples include a Traditional Chinese map of 14 touchpoints', () => {
    const big = specs.filter((s) => s.endsWith('-zh.yaml')).map((s) => readFileSync(join(EXAMPLES, s), 'utf8').match(/^ {6}- id:/gm)?.length ?? 0);
    expect(big).toContain(14);
  });

  for (const spec of specs) {
    for (const paper of ['a4', 'a3', 'letter'] as const) {
      it(`${spec} on ${paper}: whole, labelled, readable, using the sheet, deterministic`, async () => {
        const { journey, bytes, again, file } = await paperPdf(spec, paper);
        expect(Buffer.compare(Buffer.from(bytes), Buffer.from(again)), 'two builds are byte-identical').toBe(0);
        const pages = Number(info(file).Pages);
        const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages, 'page count sane').toBeLessThanOrEqual(2 + touchpoints.length);
        const [width, height] = PAPER[paper];
        const labels = labelsFor(journey.locale);
        const words = pagesOf(file);
        expect(words).toHaveLength(pages);
        const texts = words.map((ws) => squash(ws.map((w) => w.text).join('')));
        // Nothing cut: every touchpoint name whole on some sheet, every stage named on some sheet.
        for (const tp of touchpoints)
          expect(
            texts.some((t) => t.includes(squash(tp.name))),
            `touchpoint "${tp.name}" whole on a page`,
          ).toBe(true);
        // The Sources card whole: every source on one sheet, after the numbers of the card.
        for (const source of journey.sources)
          expect(
            texts.some((t) => t.includes(squash(source.title ?? source.id))),
            `source "${source.id}" whole on a page`,
          ).toBe(true);
        const everything = texts.join('');
        for (const key of ['touchpoint', 'emotion'] as const) expect(everything).toContain(squash(labels.lanes[key]));
        // The top of the emotion scale, as its label reads (+2 on -2..2, 5 on 1..5).
        const top = squash(formatScore(journey.emotionScale[1], journey.emotionScale));
        let smallest = Infinity;
        const last = texts[pages - 1]!;
        const lastIsSources = pages > 1 && !last.includes(top) && last.includes(squash(labels.sources.title));
        for (let i = 0; i < pages; i += 1) {
          const t = texts[i]!;
          expect(t, `page ${i + 1}: title`).toContain(squash(journey.title));
          expect(t, `page ${i + 1}: page number`).toContain(squash(`${i + 1} / ${pages}`));
          // Only the first sheet may hold the intro band alone (persona, "where it hurts", legend), and
          // only the last the Sources card alone (when it did not fit under the last sheet's lanes).
          const introOnly = i === 0 && !t.includes(top);
          const sourcesOnly = i === pages - 1 && lastIsSources;
          if (introOnly || sourcesOnly) expect(pages).toBeGreaterThan(1);
          else {
            expect(
              journey.stages.some((s) => t.includes(squash(s.name))),
              `page ${i + 1}: stage header row`,
            ).toBe(true);
            expect(t, `page ${i + 1}: lane labels and the emotion scale`).toContain(squash(labels.lanes.emotion));
            expect(t, `page ${i + 1}: emotion scale`).toContain(top);
          }
          for (const w of words[i]!) smallest = Math.min(smallest, (w.yMax - w.yMin) / BOX_PER_PT);
          if (i < (lastIsSources ? pages - 2 : pages - 1)) {
            const used = (inkRight(file, i + 1, height) - PAPER_MARGIN) / (width - PAPER_MARGIN * 2);
            expect(used, `page ${i + 1} uses the sheet's width`).toBeGreaterThanOrEqual(0.8);
          }
        }
        expect(smallest, 'smallest text, in pt').toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 0.05);
      });
    }
  }

  it('--portrait turns the sheet, and stays readable', async () => {
    const text = readFileSync(join(EXAMPLES, 'long-term-care-zh.yaml'), 'utf8');
    const result = await compile(text, { file: 'examples/long-term-care-zh.yaml', format: 'pdf', page: 'a4', portrait: true });
    const file = join(dir, 'portrait.pdf');
    writeFileSync(file, result.outputs.pdf as Uint8Array);
    expect(info(file)['Page size']).toMatch(/^595\.28 x 841\.89/);
    const words = pagesOf(file).flat();
    expect(Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_PT))).toBeGreaterThanOrEqual(6 - 0.05);
  });
});
