// The PNG back-end: size = scene × scale, the same bytes every run, CJK drawn from the bundled fonts
// (resvg gets no font at all, so a machine without system fonts draws the same), and a map too big
// for one image drawn smaller with a warning.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, prepare } from '../../../src/compile.js';
import { layout } from '../../../src/layout/index.js';
import type { Scene } from '../../../src/layout/scene.js';
import { fittingScale, MAX_SIDE, renderPng } from '../../../src/render/png/index.js';
import { pngSize, SOFTWARE_TEXT } from '../../../src/render/png/chunks.js';
import { pixels } from '../../helpers/png-pixels.js';

const sceneOf = (text: string): Scene => {
  const { prepared } = prepare(text, { file: 'map.yaml' });
  if (!prepared) throw new Error('fixture does not compile');
  return layout(prepared.journey, prepared.analysis, { theme: 'light' });
};

const mapTitled = (title: string): string =>
  `title: ${title}\nlocale: zh-Hant\nstages:\n  - id: a\n    name: 認知\n    touchpoints:\n      - name: 看到廣告\n        emotion: 1\n      - name: 比較價格\n        emotion: -1\n`;

/** The title's pixels (its text box at scale 2), as one string, and how many are darker than the page. */
function titleArea(png: Uint8Array, scene: Scene): { key: string; ink: number } {
  const title = JSON.stringify(scene.nodes).includes('"role":"title"') ? findTitle(scene) : undefined;
  if (!title) throw new Error('no title node');
  const img = pixels(png);
  const values: number[] = [];
  let ink = 0;
  for (let y = Math.floor(title.y * 2); y < Math.ceil((title.y + title.height) * 2); y += 1) {
    for (let x = Math.floor(title.x * 2); x < Math.ceil((title.x + title.width) * 2); x += 1) {
      const [r, g, b] = img.at(x, y);
      values.push(r!);
      if (r! + g! + b! < 300) ink += 1;
    }
  }
  return { key: values.join(','), ink };
}

function findTitle(scene: Scene): { x: number; y: number; width: number; height: number } | undefined {
  const walk = (nodes: Scene['nodes']): { x: number; y: number; width: number; height: number } | undefined => {
    for (const n of nodes) {
      if (n.kind === 'text' && n.role === 'title') return n.box;
      if (n.kind === 'group') {
        const found = walk(n.children);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(scene.nodes);
}

describe('renderPng', () => {
  it('is the scene size times the scale (read from IHDR), and marks itself as written by cjm', async () => {
    const scene = sceneOf(mapTitled('小芳的旅程'));
    for (const scale of [1, 2]) {
      const png = await renderPng(scene, { scale });
      expect(pngSize(png.bytes)).toEqual({ width: Math.round(scene.width * scale), height: Math.round(scene.height * scale) });
      expect(png.scaledDown).toBeUndefined();
    }
    const png = (await renderPng(scene)).bytes;
    expect(pngSize(png).width).toBe(Math.round(scene.width * 2));
    expect(Buffer.from(png.subarray(0, 120)).toString('latin1')).toContain(`tEXt${SOFTWARE_TEXT}`);
  });

  it('gives the same bytes on every run', async () => {
    const scene = sceneOf(mapTitled('小芳的旅程'));
    const [a, b] = [await renderPng(scene), await renderPng(sceneOf(mapTitled('小芳的旅程')))];
    expect(a.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
  });

  it('draws each CJK character of the title from the bundled font: ink, and different characters look different (no empty boxes)', async () => {
    const travel = sceneOf(mapTitled('小芳的旅程'));
    const trip = sceneOf(mapTitled('小芳的旅行'));
    const a = titleArea((await renderPng(travel)).bytes, travel);
    const b = titleArea((await renderPng(trip)).bytes, trip);
    expect(a.ink).toBeGreaterThan(500);
    expect(b.ink).toBeGreaterThan(500);
    // Tofu (or nothing) would draw 程 and 行 alike.
    expect(a.key).not.toBe(b.key);
  });

  it('names characters the font lacks in a missing-glyph warning that says PNG', async () => {
    const result = await compile(mapTitled('旅程 \u{1F9EA}'), { file: 'map.yaml', format: 'png' });
    const warning = result.diagnostics.find((d) => d.code === 'missing-glyph');
    expect(warning?.message).toContain('U+1F9EA');
    expect(warning?.message).toContain('the PNG shows');
    expect(result.outputs.png).toBeInstanceOf(Uint8Array);
  });

  it('draws a map too wide for one image at the largest scale that fits, with a warning', async () => {
    const wide: Scene = {
      width: 40_000,
      height: 60,
      lang: 'en',
      title: 'wide',
      description: '',
      background: '#ffffff',
      fontFamily: 'sans-serif',
      theme: 'light',
      nodes: [{ kind: 'rect', x: 0, y: 0, width: 40_000, height: 30, fill: '#2563eb' }],
    };
    const png = await renderPng(wide, { scale: 2 });
    const size = pngSize(png.bytes);
    expect(size.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(size.width).toBeGreaterThan(MAX_SIDE - 50);
    expect(png.scale).toBeLessThan(1);
    expect(png.scaledDown).toMatch(/too big for one PNG at scale 2.*drawn at scale 0\.8/);
    expect(fittingScale(1000, 1000, 2)).toBe(2);
    expect(fittingScale(20_000, 1000, 2)).toBeCloseTo(1.638, 3);
    expect(fittingScale(1000, 200_000, 1)).toBeLessThanOrEqual(MAX_SIDE / 200_000);
  });

  it('reports png-scaled-down through compile', async () => {
    const stages = Array.from(
      { length: 20 },
      (_, s) => `  - id: s${s}\n    touchpoints:\n${Array.from({ length: 5 }, (_, t) => `      - name: t${s}-${t}\n        emotion: 0\n`).join('')}`,
    ).join('');
    const result = await compile(`title: wide\nstages:\n${stages}`, { file: 'wide.yaml', format: 'png', scale: 2 });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.code === 'png-scaled-down')).toHaveLength(1);
    expect(pngSize(result.outputs.png as Uint8Array).width).toBeLessThanOrEqual(MAX_SIDE);
  });

  it('is not loaded by an SVG build (start-up budget)', () => {
    const compileSource = readFileSync(new URL('../../../src/compile.ts', import.meta.url), 'utf8');
    expect(compileSource).not.toMatch(/^import .*render\/png/m);
    expect(compileSource).toMatch(/await import\('\.\/render\/png\/index\.js'\)/);
  });
});
