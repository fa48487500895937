// pdfkit and fontkit, loaded only when a PDF is made. An installed cjm carries both, with their own
// dependencies, as one bundle, dist/pdf-engine.cjs (scripts/bundle-cli.mjs): as packages they were ~26 MB
// of a consumer's node_modules, the bundle is ~1 MB (README "Install"). From the sources (tests,
// development) there is no bundle beside this module, and the packages themselves are used.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Fontkit from 'fontkit';
import type PDFKit from 'pdfkit';

export interface PdfEngine {
  PDFDocument: typeof PDFKit;
  fontkit: Pick<typeof Fontkit, 'create'>;
}

// dist/cli.cjs, dist/cli.mjs and dist/build-worker.mjs sit beside the bundle; dist/render/pdf/engine.js two levels down.
const BUNDLE_PLACES = ['./pdf-engine.cjs', '../../pdf-engine.cjs'];

/** Node's module cache makes every call after the first cheap: both paths load their code once. */
export async function loadPdfEngine(): Promise<PdfEngine> {
  for (const place of BUNDLE_PLACES) {
    const path = fileURLToPath(new URL(place, import.meta.url));
    if (existsSync(path)) return createRequire(import.meta.url)(path) as PdfEngine;
  }
  const [{ default: PDFDocument }, fontkit] = await Promise.all([import('pdfkit'), import('fontkit')]);
  return { PDFDocument, fontkit };
}
