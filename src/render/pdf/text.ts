// Text nodes as real, selectable PDF text, line by line, at the positions layout chose. Layout measured
// with the metrics table (Latin widened for browsers), so 'middle' and 'end' lines are placed from the
// width the embedded font really gives them; a line that a user font makes wider than layout measured
// is squeezed horizontally to that width, so it still never leaves its cell.
import type { TextNode } from '../../layout/scene.js';
import type { FontFaces } from './fonts.js';
import { drawableText, faceFor } from './glyphs.js';
import { rgb } from './paint.js';

/** pdfkit names of the registered faces. */
export const FONT_NAMES = { normal: 'cjm-normal', bold: 'cjm-bold' } as const;

/** Stroke width of synthetic bold, per unit of font size (about what browsers use). */
const FAKE_BOLD = 1 / 30;
/** Widths within this many units of the measured width are left alone. */
const SQUEEZE_TOLERANCE = 0.5;

export function registerFaces(doc: PDFKit.PDFDocument, faces: FontFaces): void {
  // pdfkit accepts a fontkit font object wherever it takes a font file; the typings do not say so.
  for (const weight of ['normal', 'bold'] as const) {
    const face = faces[weight];
    if (face) doc.registerFont(FONT_NAMES[weight], face as unknown as string);
  }
}

/** Draws the node's lines; the caller wraps it in save/restore. */
export function drawText(doc: PDFKit.PDFDocument, n: TextNode, faces: FontFaces): void {
  const colour = rgb(n.fill);
  if (!colour || n.lines.length === 0) return;
  const face = faceFor(faces, n.weight);
  const fakeBold = n.weight === 'bold' && faces.syntheticBold;
  doc.font(FONT_NAMES[faces[n.weight] ? n.weight : n.weight === 'bold' ? 'normal' : 'bold']);
  doc.fontSize(n.fontSize);
  doc.fillColor(colour);
  if (fakeBold) doc.strokeColor(colour).lineWidth(n.fontSize * FAKE_BOLD).lineJoin('round');
  for (const line of n.lines) {
    const text = drawableText(line.text, face);
    if (text.trim() === '') continue;
    const natural = doc.widthOfString(text);
    const squeeze = line.width > 0 && natural > line.width + SQUEEZE_TOLERANCE ? line.width / natural : 1;
    const width = natural * squeeze;
    const x = n.anchor === 'start' ? line.x : n.anchor === 'middle' ? line.x - width / 2 : line.x - width;
    // horizontalScaling (the Tz operator) is a pdfkit text option its typings lack.
    const options: PDFKit.Mixins.TextOptions & { horizontalScaling?: number } = {
      lineBreak: false,
      baseline: 'alphabetic',
      fill: true,
      stroke: fakeBold,
      oblique: n.italic === true,
    };
    if (squeeze !== 1) options.horizontalScaling = squeeze * 100;
    doc.text(text, x, line.y, options);
  }
}
