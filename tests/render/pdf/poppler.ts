// poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) read the PDFs the tests make. Locally a
// missing install skips those tests with a message; on CI (env CI set) they run and fail instead.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp.js';

export const HAVE_POPPLER = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
export const SKIP_POPPLER = !HAVE_POPPLER && !process.env.CI;
if (SKIP_POPPLER) console.warn('tests/render/pdf: pdftotext not found (install poppler-utils); skipping the tests that read PDFs');

/** Writes the bytes to a file in a fresh temporary folder and returns its path. */
export function tempPdf(bytes: Uint8Array): string {
  const file = join(tempDir('cjm-pdf-test-'), 'map.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** Runs a poppler tool on the file; throws with its stderr when it fails. */
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo', args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export const text = (file: string, ...flags: string[]): string => poppler('pdftotext', [...flags, file, '-']);
export const fonts = (file: string): string => poppler('pdffonts', [file]);

/** pdfinfo's fields as a record ("Title" → "…"). */
export function info(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/** The colour of the pixel at (x, y) points from the page's top left, rendered at 72 dpi. */
export function pixel(file: string, x: number, y: number, page = 1): [number, number, number] {
  const args = [
    '-r',
    '72',
    '-f',
    String(page),
    '-l',
    String(page),
    '-x',
    String(Math.round(x)),
    '-y',
    String(Math.round(y)),
    '-W',
    '1',
    '-H',
    '1',
    '-aa',
    'no',
    '-aaVector',
    'no',
    file,
  ];
  const r = spawnSync('pdftoppm', args);
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  const ppm = r.stdout as Buffer;
  // P6 header: magic, width, height, maxval, each followed by one whitespace byte.
  const header = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.toString('latin1'));
  const at = header![0].length;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

/** Words with their boxes in points, from `pdftotext -bbox`. */
export function words(file: string): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = poppler('pdftotext', ['-bbox', file, '-']);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unentity = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each page's words with their boxes in points, from one `pdftotext -bbox` run. */
export function pagesOf(file: string): Word[][] {
  const html = poppler('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unentity(m[5]!),
      })),
    );
}
