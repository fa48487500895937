// A PNG's chunks, as far as cjm needs them: a tEXt "Software: cjm" chunk after the header, so
// `cjm check --strict` can tell the PNGs cjm wrote from pictures that merely sit beside the maps.
import { chunk } from '../png-chunk.js';

const SIGNATURE_LENGTH = 8;

/** The text cjm's PNGs carry (tEXt keyword, NUL, value), for findOrphans' mark. */
export const SOFTWARE_TEXT = 'Software\0cjm';

/** The PNG with a tEXt chunk put right after IHDR (which is always 8 + 25 bytes long). */
export function withSoftwareChunk(png: Uint8Array): Uint8Array {
  const at = SIGNATURE_LENGTH + 25;
  const text = chunk('tEXt', Buffer.from(SOFTWARE_TEXT, 'latin1'));
  const out = new Uint8Array(png.length + text.length);
  out.set(png.subarray(0, at));
  out.set(text, at);
  out.set(png.subarray(at), at + text.length);
  return out;
}

/** Width and height from the IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
