// The six fonts in assets/fonts/ are the pinned @expo-google-fonts TTFs, brotli-compressed: decompressed,
// they must be those files byte for byte (so PDFs and the metrics table agree with them). A stale or
// hand-edited vendored file fails here; `npm run vendor-fonts` refreshes them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { notoFile } from '../../../src/render/pdf/fonts.js';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe('vendored fonts', () => {
  for (const script of ['TC', 'SC', 'JP'] as const) {
    for (const [weight, dir] of [
      ['normal', '400Regular'],
      ['bold', '700Bold'],
    ] as const) {
      it(`${script} ${weight} is the pinned TTF`, () => {
        const vendored = brotliDecompressSync(readFileSync(`${ROOT}${notoFile(script, weight)}`));
        const pinned = readFileSync(require.resolve(`@expo-google-fonts/noto-sans-${script.toLowerCase()}/${dir}/NotoSans${script}_${dir}.ttf`));
        expect(sha(vendored)).toBe(sha(pinned));
      });
    }
  }

  it('ships the licence text', () => {
    expect(readFileSync(`${ROOT}assets/fonts/OFL.txt`, 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});
