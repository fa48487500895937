// Reading back the PNGs cjm writes (8-bit RGBA, not interlaced, as resvg writes them), pixel by pixel.
import { inflateSync } from 'node:zlib';
import { pngSize } from '../../src/render/png/chunks.js';

/** RGBA rows of an 8-bit RGBA, non-interlaced PNG (what resvg writes), unfiltered. */
export function pixels(png: Uint8Array): { width: number; height: number; at: (x: number, y: number) => number[] } {
  const { width, height } = pngSize(png);
  const buf = Buffer.from(png);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    if (buf.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i += 1) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? rows[y * stride + i - 4]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? rows[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter]!;
      rows[y * stride + i] = (x + pred) & 0xff;
    }
  }
  return { width, height, at: (x, y) => [...rows.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] };
}
