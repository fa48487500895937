// Photos for the PDF. pdfkit decodes a PNG with alpha (or interlaced) in a zlib callback: several
// photos would finish in any order, and the file's bytes with them, and a damaged file would throw
// where nothing can catch it. So each photo is first drawn by resvg onto an opaque square (cover-
// cropped, as the SVG's preserveAspectRatio slice does) and re-encoded as a plain RGB PNG, which
// pdfkit embeds synchronously. A file resvg cannot decode comes out blank, never as an exception.
import type { ImageNode, SceneNode } from '../../layout/scene.js';
import { rgbPng } from '../png-chunk.js';

/** Pixels across the raster: four times the avatar's 56 px, sharp when printed or zoomed in. */
const RASTER_PX = 224;

function imageNodes(nodes: readonly SceneNode[], out: ImageNode[] = []): ImageNode[] {
  for (const n of nodes) {
    if (n.kind === 'image') out.push(n);
    else if (n.kind === 'group') imageNodes(n.children, out);
  }
  return out;
}

/** The raster of every image node in the scene, in scene order (resvg loaded only when there is one). */
export async function rasterisePhotos(nodes: readonly SceneNode[]): Promise<Map<ImageNode, Uint8Array>> {
  const images = imageNodes(nodes);
  const out = new Map<ImageNode, Uint8Array>();
  if (images.length === 0) return out;
  const { renderAsync } = await import('@resvg/resvg-js');
  for (const n of images) {
    // The scene's own words for the picture; anything else (a hand-made scene) is not drawn.
    if (!(n.type === 'image/png' || n.type === 'image/jpeg') || !/^[A-Za-z0-9+/]*={0,2}$/.test(n.base64)) continue;
    const width = RASTER_PX;
    const height = Math.max(1, Math.round((RASTER_PX * n.height) / n.width));
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
      `<image width="${width}" height="${height}" preserveAspectRatio="xMidYMid slice" href="data:${n.type};base64,${n.base64}"/></svg>`;
    const drawn = await renderAsync(svg, { font: { loadSystemFonts: false }, logLevel: 'off' });
    out.set(n, rgbPng(drawn.width, drawn.height, drawn.pixels));
  }
  return out;
}
