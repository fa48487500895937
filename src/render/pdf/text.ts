// Text nodes as real, selectable PDF text, line by line, at the positions layout chose. Nothing is
// measured here: layout measured with the metrics table, whose widths are widened for browsers, and
// recorded each centred or right-aligned line's advance in the bundled font's own metrics, so those
// lines are placed from that advance and land where the SVG puts them.
import type { TextNode } from '../../layout/scene.js';
import type { FontFaces } from './fonts.js';
import { drawableText, faceFor } from './glyphs.js';
import { rgb } from './paint.js';
import { useBfcharCmap } from './to-unicode.js';

/** pdfkit names of the registered faces. */
export const FONT_NAMES = { normal: 'cjm-normal', bold: 'cjm-bold' } as const;

/** Stroke width of synthetic bold, per unit of font size (about what browsers use). */
const FAKE_BOLD = 1 / 30;

export function registerFaces(doc: PDFKit.PDFDocument, faces: FontFaces): void {
  // pdfkit accepts a fontkit font object wherever it takes a font file; the typings do not say so.
  for (const weight of ['normal', 'bold'] as const) {
    const face = faces[weight];
    if (face) doc.registerFont(FONT_NAMES[weight], face as unknown as string);
  }
}

/**
 * Draws the node's lines whose baseline `shows` (the page's clip: a lane continued on the next sheet
 * is split between two lines, and a line that is not on this page must not be in its text either,
 * or copying, search and screen readers would find it twice); the caller wraps it in save/restore.
 */
export function drawText(doc: PDFKit.PDFDocument, n: TextNode, faces: FontFaces, shows: (baseline: number) => boolean = () => true): void {
  const colour = rgb(n.fill);
  if (!colour || n.lines.length === 0) return;
  const face = faceFor(faces, n.weight);
  const fakeBold = n.weight === 'bold' && faces.syntheticBold;
  doc.font(FONT_NAMES[faces[n.weight] ? n.weight : n.weight === 'bold' ? 'normal' : 'bold']);
  useBfcharCmap(doc);
  doc.fontSize(n.fontSize);
  doc.fillColor(colour);
  if (fakeBold)
    doc
      .strokeColor(colour)
      .lineWidth(n.fontSize * FAKE_BOLD)
      .lineJoin('round');
  for (const line of n.lines) {
    if (!shows(line.y)) continue;
    const text = drawableText(line.text, face);
    if (text.trim() === '') continue;
    const width = line.advance ?? line.width;
    const x = n.anchor === 'start' ? line.x : n.anchor === 'middle' ? line.x - width / 2 : line.x - width;
    const options: PDFKit.Mixins.TextOptions = {
      lineBreak: false,
      baseline: 'alphabetic',
      fill: true,
      stroke: fakeBold,
      oblique: n.italic === true,
    };
    doc.text(text, x, line.y, options);
  }
}
