// The examples as PDFs, end to end: through compile() and through the bundled CLI, read back with
// poppler. (Whether they look like their SVGs was checked by eye with pdftoppm; see the report.)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { SKIP_POPPLER, fonts, info, tempPdf, text } from './poppler.js';
import { tempDir } from '../../helpers/temp.js';

const EXAMPLES = join(ROOT, 'examples');
const specs = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const squash = (s: string) => s.replace(/\s+/g, '');
const NOTO_REGULAR = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');

async function pdfOf(spec: string) {
  const result = await compile(readFileSync(join(EXAMPLES, spec), 'utf8'), { file: `examples/${spec}`, format: 'pdf' });
  const bytes = result.outputs.pdf;
  if (!(bytes instanceof Uint8Array)) throw new Error(`${spec}: no PDF`);
  return { result, bytes, file: tempPdf(bytes) };
}

/** Each needle found after the previous one. */
function expectInOrder(haystack: string, needles: string[], what: string): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(squash(needle), from);
    expect(at, `${what} "${needle}" (in order)`).toBeGreaterThanOrEqual(0);
    from = at + squash(needle).length;
  }
}

describe.skipIf(SKIP_POPPLER)('example PDFs', () => {
  for (const spec of specs) {
    it(`${spec}: one page, fonts embedded and subset, no missing glyphs, well under 500 KB`, async () => {
      const { result, bytes, file } = await pdfOf(spec);
      expect(result.diagnostics.filter((d) => d.severity === 'error' || d.code === 'missing-glyph')).toEqual([]);
      expect(bytes.length).toBeLessThan(500_000);
      const meta = info(file);
      expect(meta).toMatchObject({ Pages: '1', Title: result.journey!.title, Subject: 'Customer journey map', Producer: 'cjm' });
      if (result.journey!.personas.length > 0) expect(meta.Author).toBe(result.journey!.personas.map((p) => p.name).join(', '));
      const rows = fonts(file).split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s.*\byes yes yes\b/);
    });
  }

  it('skincare-zh.pdf: every stage name, touchpoint name and pain point is text, in order', async () => {
    const { result, file } = await pdfOf('skincare-zh.yaml');
    const stages = result.journey!.stages;
    const extracted = squash(text(file, '-raw'));
    expectInOrder(
      extracted,
      stages.map((s) => s.name),
      'stage',
    );
    const touchpoints = stages.flatMap((s) => s.touchpoints);
    expectInOrder(
      extracted,
      touchpoints.map((t) => t.name),
      'touchpoint',
    );
    const pains = touchpoints.flatMap((t) => t.pains.map((p) => p.text));
    expect(pains.length).toBeGreaterThan(5);
    expectInOrder(extracted, pains, 'pain point');
    expectInOrder(
      extracted,
      stages.flatMap((s) => s.pains.map((p) => p.text)),
      'stage pain point',
    );
    // The reading-order extraction finds them too (line breaks aside).
    const plain = squash(text(file));
    for (const needle of [...stages.map((s) => s.name), ...touchpoints.map((t) => t.name), ...pains]) expect(plain).toContain(squash(needle));
  });

  it('two CLI builds in separate processes are byte-identical', () => {
    const dir = tempDir('cjm-pdf-twice-');
    for (const name of ['a.pdf', 'b.pdf']) {
      const run = runCli(['build', 'examples/event-platform-zh.yaml', '-f', 'pdf', '-o', join(dir, name), '--quiet']);
      expect(run.status, run.stderr).toBe(0);
    }
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  it("uses the spec's font, found relative to the spec file", () => {
    const dir = tempDir('cjm-pdf-font-');
    mkdirSync(join(dir, 'maps', 'fonts'), { recursive: true });
    copyFileSync(NOTO_REGULAR, join(dir, 'maps', 'fonts', 'brand.ttf'));
    const spec = readFileSync(join(EXAMPLES, 'skincare-zh.yaml'), 'utf8').replace(/^title:/m, 'font: fonts/brand.ttf\ntitle:');
    writeFileSync(join(dir, 'maps', 'journey.yaml'), spec);
    const run = runCli(['build', 'maps/journey.yaml', '-f', 'pdf', '--quiet'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    // One face for both weights: bold is drawn emboldened, not from NotoSansTC-Bold.
    const rows = fonts(join(dir, 'maps', 'journey.pdf'))
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^[A-Z]{6}\+NotoSansTC-Regular\s/);
  });

  it('a font that cannot be read is a font-unreadable error, and no PDF is written', () => {
    const dir = tempDir('cjm-pdf-nofont-');
    const out = join(dir, 'map.pdf');
    const run = runCli(['build', 'examples/skincare-zh.yaml', '-f', 'pdf', '--font', join(dir, 'missing.ttf'), '-o', out]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('error font-unreadable');
    expect(run.stderr).toContain('no such file');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('--page and --author reach the PDF', () => {
    const dir = tempDir('cjm-pdf-page-');
    const out = join(dir, 'map.pdf');
    const run = runCli(['build', 'examples/hotel-blueprint-en.yaml', '-f', 'pdf', '--page', 'a3', '--author', 'Research team', '-o', out, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    // Laid out for the sheet: readable text over several A3 pages (tests/render/pdf/paper.test.ts checks them).
    expect(info(out)).toMatchObject({ Author: 'Research team' });
    expect(Number(info(out).Pages)).toBeGreaterThan(1);
    expect(info(out)['Page size']).toMatch(/^1190\.55 x 841\.89 pts/);
  });
});
