import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const f = (w) => require.resolve(`@expo-google-fonts/noto-sans-tc/${w}/NotoSansTC_${w}.ttf`);
const full = readFileSync('examples/event-platform-zh.svg', 'utf8');
const texts = full.match(/<text[\s\S]*?<\/text>/g);
const head = '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1500"><style>text{font-family:"Noto Sans TC"}</style>';
for (const n of [1, 8]) {
  const svg = head + texts.slice(0, n).join('\n') + '</svg>';
  const t0 = performance.now();
  new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [f('400Regular'), f('700Bold')] } });
  console.log(n, (performance.now()-t0)|0, texts[n-1].slice(0,200));
}
