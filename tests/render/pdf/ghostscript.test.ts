// PDFs that survive real pipelines: Ghostscript's text extraction, and a pdfwrite round trip (what
// print shops and PDF mergers do) read back by pdftotext, keep every Chinese stage and touchpoint
// name. (pdfkit's own ToUnicode CMap lost everything above U+00FF in gs; see src/render/pdf/to-unicode.ts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { ROOT } from '../../helpers/cli.js';
import { SKIP_POPPLER, text } from './poppler.js';

const HAVE_GS = spawnSync('gs', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIP = (!HAVE_GS || SKIP_POPPLER) && !process.env.CI;
if (SKIP) console.warn('tests/render/pdf/ghostscript: gs or pdftotext not found (install ghostscript, poppler-utils); skipping');

const dir = mkdtempSync(join(tmpdir(), 'cjm-gs-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');

function gs(...args: string[]): string {
  const r = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gs ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

interface Spec {
  stages: { name: string; touchpoints?: { name: string }[] }[];
}

describe.skipIf(SKIP)('Ghostscript', () => {
  for (const example of ['skincare-zh.yaml', 'event-platform-zh.yaml']) {
    it(`${example}: txtwrite and a pdfwrite round trip keep every stage and touchpoint name`, async () => {
      const source = readFileSync(join(ROOT, 'examples', example), 'utf8');
      const spec = parse(source) as Spec;
      const names = spec.stages.flatMap((s) => [s.name, ...(s.touchpoints ?? []).map((t) => t.name)]);
      expect(names.filter((n) => /[\u4e00-\u9fff]/.test(n)).length).toBeGreaterThan(5);
      const result = await compile(source, { file: `examples/${example}`, format: 'pdf' });
      const pdf = join(dir, example.replace('.yaml', '.pdf'));
      writeFileSync(pdf, result.outputs.pdf as Uint8Array);

      const extracted = squash(gs('-sDEVICE=txtwrite', '-sOutputFile=-', pdf));
      const roundTrip = join(dir, example.replace('.yaml', '-gs.pdf'));
      gs('-sDEVICE=pdfwrite', `-sOutputFile=${roundTrip}`, pdf);
      const reread = squash(text(roundTrip));
      for (const name of names) {
        expect(extracted, `txtwrite: ${name}`).toContain(squash(name));
        expect(reread, `pdfwrite → pdftotext: ${name}`).toContain(squash(name));
      }
    });
  }
});
