// The overview (--view overview): a 20-touchpoint Chinese map fits a 960 px docs column with no text
// under 11 px, and for any journey its text stays in its box, no two texts overlap and nothing leaves
// the canvas.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../src/analyse/index.js';
import { layoutOverview, OVERVIEW_WIDTH } from '../../src/layout/overview.js';
import type { Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import { compile } from '../../src/compile.js';
import { journeyArb } from '../helpers/journeys.js';

const EPS = 0.01;

const flatten = (nodes: SceneNode[], out: SceneNode[] = []): SceneNode[] => {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') flatten(n.children, out);
  }
  return out;
};
const texts = (scene: Scene): TextNode[] => flatten(scene.nodes).filter((n): n is TextNode => n.kind === 'text');
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;

/** A Chinese spec with `n` touchpoints over five stages, names of 4 to 9 characters, two valleys. */
function chineseSpec(n: number): string {
  const stageNames = ['認知', '考慮比較', '購買', '使用與售後服務', '推薦'];
  const names = [
    '看到 IG 廣告',
    '翻品牌帳號',
    '看 YouTube 開箱',
    '加 LINE 問成分',
    '比較價格',
    '官網結帳',
    '超商取貨',
    '第一次使用',
    '泛紅發癢找客服',
    '換貨後回購',
    '寫評論',
  ];
  const emotions = [1, 0, -1, -2, 0, 1, 2, 1, -2, 1];
  const lines = ['title: 小芳的天然保養品網購旅程（二十個接觸點的概覽）', 'type: current-state', 'locale: zh-Hant', 'timescale: 三週', 'stages:'];
  for (let s = 0; s < 5; s++) {
    lines.push(`  - id: s${s}`, `    name: ${stageNames[s]}`, '    touchpoints:');
    for (let i = s; i < n; i += 5)
      lines.push(`      - {id: t${i}, name: ${names[i % names.length]}${i}, emotion: ${emotions[i % emotions.length]}, pains: [痛點], opportunities: [機會]}`);
  }
  return `${lines.join('\n')}\n`;
}

function check(scene: Scene): void {
  const all = texts(scene);
  for (const t of all) {
    expect(t.fontSize).toBeGreaterThanOrEqual(11);
    for (const line of t.lines) {
      const left = t.anchor === 'start' ? line.x : t.anchor === 'middle' ? line.x - line.width / 2 : line.x - line.width;
      expect(left, `"${line.text}" starts left of its box`).toBeGreaterThanOrEqual(t.box.x - EPS);
      expect(left + line.width, `"${line.text}" overflows its box`).toBeLessThanOrEqual(t.box.x + t.box.width + EPS);
    }
    expect(t.box.x).toBeGreaterThanOrEqual(0);
    expect(t.box.x + t.box.width).toBeLessThanOrEqual(scene.width + EPS);
    expect(t.box.y + t.box.height).toBeLessThanOrEqual(scene.height + EPS);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(overlaps(all[i]!.box, all[j]!.box), `"${all[i]!.lines[0]?.text}" overlaps "${all[j]!.lines[0]?.text}"`).toBe(false);
    }
  }
  for (const n of flatten(scene.nodes)) {
    if (n.kind === 'rect') expect(n.x + n.width).toBeLessThanOrEqual(scene.width + EPS);
    if (n.kind === 'circle') expect(n.cx + n.r).toBeLessThanOrEqual(scene.width + EPS);
  }
}

describe('overview', () => {
  it('fits a 20-touchpoint Chinese map in 960 px with no text under 11 px', async () => {
    const result = await compile(chineseSpec(20), { file: 'overview.yaml', format: 'json' });
    expect(result.ok).toBe(true);
    const scene = layoutOverview(result.journey!, result.analysis!);
    expect(scene.width).toBeLessThanOrEqual(OVERVIEW_WIDTH);
    const all = texts(scene);
    expect(Math.min(...all.map((t) => t.fontSize))).toBeGreaterThanOrEqual(11);
    // Title, map type, five stages, twenty names, the scale and the legend are all there.
    const roles = flatten(scene.nodes).map((n) => n.role);
    expect(roles.filter((r) => r === 'touchpoint-name')).toHaveLength(20);
    expect(roles.filter((r) => r === 'stage-header')).toHaveLength(5);
    expect(roles).toContain('title');
    expect(roles).toContain('map-type');
    expect(roles).toContain('curve');
    expect(roles.filter((r) => r === 'valley-band').length).toBeGreaterThan(0);
    expect(roles.filter((r) => r === 'valley-marker').length).toBe(result.analysis!.valleys.length);
    expect(roles).toContain('legend-mark');
    check(scene);
  });

  it('is the SVG a compile with view: overview writes', async () => {
    const spec = chineseSpec(20);
    const full = String((await compile(spec, { format: 'svg' })).outputs.svg);
    const overview = String((await compile(spec, { format: 'svg', view: 'overview' })).outputs.svg);
    const width = (svg: string): number => Number(/<svg [^>]*width="([\d.]+)"/.exec(svg)?.[1]);
    expect(width(full)).toBeGreaterThan(2000);
    expect(width(overview)).toBeLessThanOrEqual(960);
    expect(overview).not.toMatch(/font-size="([0-9]|10)(\.\d+)?"/);
  });

  it('keeps every text in its box, apart and on the canvas, for any journey (property)', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => check(layoutOverview(journey, analyse(journey)))),
      { numRuns: 60 },
    );
  });
});
