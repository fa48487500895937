// Walks the scene and draws each node with pdfkit, copying its geometry as is (the same rules as the
// SVG back-end: no fill means none, stroke width defaults to 1, dashes only on strokes). Each node
// draws inside its own save/restore, so colour, opacity and dash never leak to the next one.
import type { CircleNode, ImageNode, LineNode, PathNode, RectNode, SceneNode } from '../../layout/scene.js';
import type { FontFaces } from './fonts.js';
import type { Layer } from './pages.js';
import { intersects } from './bounds.js';
import { dashPattern, opacity, rgb } from './paint.js';
import { drawText } from './text.js';
import type { PdfTags } from './tags.js';

interface Paintable {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  dash?: number[];
}

/** Fills and/or strokes the current path as the node asks; the path must already be built. */
function paint(doc: PDFKit.PDFDocument, n: Paintable): void {
  const fill = rgb(n.fill);
  const stroke = n.strokeWidth === 0 ? undefined : rgb(n.stroke);
  if (fill) doc.fillColor(fill, opacity(n.fillOpacity));
  if (stroke) {
    doc.strokeColor(stroke, opacity(n.strokeOpacity)).lineWidth(n.strokeWidth ?? 1);
    const dash = dashPattern(n.dash);
    // pdfkit takes the whole pattern as an array; its typings only know a single length.
    if (dash) doc.dash(dash as unknown as number, {});
  }
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

function rect(doc: PDFKit.PDFDocument, n: RectNode): void {
  if (!(n.width > 0 && n.height > 0)) return;
  if (n.radius && n.radius > 0) doc.roundedRect(n.x, n.y, n.width, n.height, n.radius);
  else doc.rect(n.x, n.y, n.width, n.height);
  paint(doc, n);
}

function circle(doc: PDFKit.PDFDocument, n: CircleNode): void {
  if (!(n.r > 0)) return;
  doc.circle(n.cx, n.cy, n.r);
  paint(doc, n);
}

function line(doc: PDFKit.PDFDocument, n: LineNode): void {
  doc.moveTo(n.x1, n.y1).lineTo(n.x2, n.y2);
  paint(doc, { stroke: n.stroke, strokeWidth: n.strokeWidth, dash: n.dash });
}

function path(doc: PDFKit.PDFDocument, n: PathNode): void {
  if (n.segments[0]?.op !== 'M') return;
  for (const s of n.segments) {
    if (s.op === 'M') doc.moveTo(s.x, s.y);
    else if (s.op === 'L') doc.lineTo(s.x, s.y);
    else if (s.op === 'C') doc.bezierCurveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
    else doc.closePath();
  }
  if (n.lineCap) doc.lineCap(n.lineCap);
  if (n.lineJoin) doc.lineJoin(n.lineJoin);
  paint(doc, n);
}

/** Photos ready for pdfkit (photos.ts), and each one opened once however many pages show it. */
export interface PdfPhotos {
  rasters: ReadonlyMap<ImageNode, Uint8Array>;
  opened: Map<ImageNode, unknown>;
}

/** pdfkit's openImage (not in its typings; pinned with pdfkit 0.20.2): an image opened once is embedded once. */
interface OpensImages {
  openImage(src: Buffer): unknown;
}

/**
 * Whether a line with its baseline at `y` (page units) is on this layer: its ink (about one font size
 * above the baseline, a quarter below) is inside the clip, give or take the slack layout leaves
 * between lines, where it splits a lane over two sheets.
 */
const baselineShows = (y: number, size: number, clip: { y: number; height: number }): boolean =>
  y >= clip.y + size * 0.5 && y <= clip.y + clip.height + size * 0.3;

export interface DrawContext {
  doc: PDFKit.PDFDocument;
  faces: FontFaces;
  layer: Layer;
  /** The structure tree being built (tagged PDF). */
  tags?: PdfTags;
  photos?: PdfPhotos;
}

/** A photo cut to its circle; a photo with no raster (none was made) is left out, the avatar's circle shows instead. */
function image(doc: PDFKit.PDFDocument, n: ImageNode, photos: PdfPhotos | undefined): void {
  const raster = photos?.rasters.get(n);
  if (!photos || !raster || !(n.width > 0 && n.height > 0)) return;
  let opened = photos.opened.get(n);
  if (opened === undefined) {
    opened = (doc as unknown as OpensImages).openImage(Buffer.from(raster));
    photos.opened.set(n, opened);
  }
  if (n.clip === 'circle') doc.circle(n.x + n.width / 2, n.y + n.height / 2, Math.min(n.width, n.height) / 2).clip();
  doc.image(opened as Buffer, n.x, n.y, { width: n.width, height: n.height });
}

function drawNode(ctx: DrawContext, n: SceneNode): void {
  const { doc, layer } = ctx;
  if (layer.skip?.has(n) || !intersects(n, layer.clip, layer.dx, layer.dy)) return;
  if (n.kind === 'group') {
    const exit = ctx.tags?.enterGroup(n);
    for (const child of n.children) drawNode(ctx, child);
    exit?.();
    return;
  }
  ctx.tags?.begin(n);
  doc.save();
  if (n.kind === 'rect') rect(doc, n);
  else if (n.kind === 'circle') circle(doc, n);
  else if (n.kind === 'line') line(doc, n);
  else if (n.kind === 'path') path(doc, n);
  else if (n.kind === 'image') image(doc, n, ctx.photos);
  else drawText(doc, n, ctx.faces, (y) => baselineShows(y + layer.dy, n.fontSize, layer.clip));
  doc.restore();
  ctx.tags?.end();
}

/** Draws the nodes of one layer; the caller has set up clip and transform. */
export function drawNodes(ctx: DrawContext, nodes: readonly SceneNode[]): void {
  for (const n of nodes) drawNode(ctx, n);
}
