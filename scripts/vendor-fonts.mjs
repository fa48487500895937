// `npm run vendor-fonts`: refreshes assets/fonts/ from the pinned @expo-google-fonts packages (devDependencies).
// Only the two weights PDFs read (400 and 700) of Noto Sans TC, SC and JP are shipped, each brotli-compressed
// (lossless: src/render/pdf/fonts.ts gets back the exact TTF bytes, so PDFs do not change). Shipping the
// packages themselves (all nine weights) made an install 246 MB; see README "Install".
// Slow (brotli quality 9 on ~46 MB of fonts: a minute or two), and deterministic: same inputs, same bytes.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../assets/fonts/', import.meta.url));
const WEIGHTS = [
  ['400Regular', 'Regular'],
  ['700Bold', 'Bold'],
];
const only = process.argv.slice(2);

mkdirSync(OUT, { recursive: true });
for (const script of ['TC', 'SC', 'JP']) {
  for (const [dir, style] of WEIGHTS) {
    const name = `NotoSans${script}-${style}.ttf.br`;
    if (only.length > 0 && !only.includes(name)) continue;
    const ttf = readFileSync(require.resolve(`@expo-google-fonts/noto-sans-${script.toLowerCase()}/${dir}/NotoSans${script}_${dir}.ttf`));
    const params = {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: ttf.length,
    };
    const packed = zlib.brotliCompressSync(ttf, { params });
    writeFileSync(`${OUT}${name}`, packed);
    console.log(`${name}: ${ttf.length} → ${packed.length} bytes`);
  }
}
copyFileSync(require.resolve('@expo-google-fonts/noto-sans-tc/LICENSE_FONT'), `${OUT}OFL.txt`);
