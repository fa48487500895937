// A PNG's chunks, as far as cjm needs them: a tEXt "Software: cjm" chunk after the header, so
// `cjm check --strict` can tell the PNGs cjm wrote from pictures that merely sit beside the maps.
const SIGNATURE_LENGTH = 8;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

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
