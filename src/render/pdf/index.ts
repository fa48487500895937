// PDF output: the same scene as the SVG, drawn with pdfkit as vector shapes and real, selectable text
// in an embedded, subset font. pdfkit and fontkit are loaded here (engine.ts), lazily, only when a PDF is asked
// for (they cost ~150 ms to load). Bad fonts come back as an error message, never as a throw.
import type { Scene } from '../../layout/scene.js';
import type { FontFaces } from './fonts.js';
import type { PagePlan } from './pages.js';
import type { Sheet } from '../../layout/sheets.js';
import type { PdfKitConstructor } from './document.js';
import { loadFaces } from './fonts.js';
import { loadPdfEngine } from './engine.js';
import { missingCharacters, missingGlyphWarning, weightsUsed } from './glyphs.js';
import { openDocument } from './document.js';
import { planPages } from './pages.js';
import { drawNodes } from './draw.js';
import type { PdfPhotos } from './draw.js';
import { rasterisePhotos } from './photos.js';
import { registerFaces } from './text.js';
import { rgb } from './paint.js';
import { PdfTags } from './tags.js';

export interface PdfOptions {
  /** Sheets of paper laid out by layoutSheets; without them, one page the size of the map. */
  sheets?: readonly Sheet[];
  /** TTF/OTF/TTC to draw all text with, instead of the built-in Noto Sans (TC, SC or JP by language). */
  fontPath?: string;
  author?: string;
  title: string;
}

export interface PdfResult {
  /** The file; empty when `error` is set. */
  bytes: Uint8Array;
  warnings: string[];
  /** The characters the font cannot draw (named in `warnings`), so the caller can point at one. */
  missing: string[];
  /** Why no PDF was made (a font that cannot be read); the caller reports it as `font-unreadable`. */
  error?: string;
}

function drawPage(doc: PDFKit.PDFDocument, scene: Scene, faces: FontFaces, plan: PagePlan, tags: PdfTags, photos: PdfPhotos): void {
  doc.addPage({ size: [plan.width, plan.height], margin: 0 });
  const background = rgb(scene.background);
  if (background) tags.artifact(() => doc.rect(0, 0, plan.width, plan.height).fill(background));
  for (const layer of plan.layers) {
    doc.save();
    doc.translate(plan.originX, plan.originY).scale(plan.scale);
    doc.rect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height).clip();
    doc.translate(layer.dx, layer.dy);
    drawNodes({ doc, faces, layer, tags, photos }, layer.nodes ?? scene.nodes);
    doc.restore();
  }
  if (plan.chrome) drawNodes({ doc, faces, layer: { clip: { x: 0, y: 0, width: plan.width, height: plan.height }, dx: 0, dy: 0 } }, plan.chrome);
}

export async function renderPdf(scene: Scene, options: PdfOptions): Promise<PdfResult> {
  const loaded = await loadFaces(weightsUsed(scene), scene.lang, options.fontPath);
  if (!loaded.ok) return { bytes: new Uint8Array(), warnings: [], missing: [], error: loaded.message };
  const { faces } = loaded;
  const missing = missingCharacters(scene, faces);
  const warning = missingGlyphWarning(missing, faces.label);
  const { PDFDocument } = await loadPdfEngine();
  const { doc, finish } = openDocument(PDFDocument as unknown as PdfKitConstructor, {
    title: options.title,
    author: options.author,
    lang: scene.lang,
  });
  registerFaces(doc, faces);
  const tags = new PdfTags(doc, scene.description);
  const photos: PdfPhotos = { rasters: await rasterisePhotos(scene.nodes), opened: new Map() };
  for (const plan of options.sheets ?? planPages(scene)) drawPage(doc, scene, faces, plan, tags, photos);
  tags.close();
  return { bytes: await finish(), warnings: warning ? [warning] : [], missing };
}
