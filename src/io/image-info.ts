// What kind of image a file is, from its own bytes (never its name): a PNG or a JPEG, and its size
// in pixels from the header. The size bounds what a browser, resvg or the PDF writer must decode: a
// 1 MB file can claim 30,000 × 30,000 pixels.
import type { PhotoType } from '../model/photo.js';

export interface ImageInfo {
  type: PhotoType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG: the signature, then the IHDR chunk first, as the format requires. */
function pngInfo(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return undefined;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { type: 'image/png', width, height } : undefined;
}

/** Start-of-frame markers (baseline, progressive, lossless …); C4, C8 and CC are other segments. */
const isSof = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** JPEG: the SOI marker, then segments up to the first start-of-frame, which holds the size. */
function jpegInfo(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    // Fill bytes, and markers that stand alone (RSTn, TEM) without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (length < 2) return undefined;
    if (isSof(marker)) {
      if (at + 9 > b.length) return undefined;
      const height = (b[at + 5]! << 8) | b[at + 6]!;
      const width = (b[at + 7]! << 8) | b[at + 8]!;
      return width > 0 && height > 0 ? { type: 'image/jpeg', width, height } : undefined;
    }
    // End of image or start of scan before any frame: not a picture we can size.
    if (marker === 0xd9 || marker === 0xda) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** The image's type and size, or undefined when the bytes are neither a PNG nor a JPEG with a readable header. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  return pngInfo(bytes) ?? jpegInfo(bytes);
}
