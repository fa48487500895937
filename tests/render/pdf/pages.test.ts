// Page plans are pure geometry: sizes, scale, and where a wide map is cut.
import { describe, expect, it } from 'vitest';
import type { Box, RectNode, Scene, SceneNode } from '../../../src/layout/scene.js';
import { MAX_PAGE_PT, PAPER, PAPER_MARGIN, PX_TO_PT, planPages, type PagePlan } from '../../../src/render/pdf/pages.js';
import { GUTTER, columnScene } from './fixtures.js';

function rects(nodes: readonly SceneNode[], role: string, out: RectNode[] = []): RectNode[] {
  for (const n of nodes) {
    if (n.kind === 'rect' && n.role === role) out.push(n);
    if (n.kind === 'group') rects(n.children, role, out);
  }
  return out;
}

const contains = (clip: Box, r: Box, dx: number): boolean => clip.x <= r.x + dx + 1e-6 && r.x + dx + r.width <= clip.x + clip.width + 1e-6;
const overlaps = (clip: Box, r: Box, dx: number): boolean => r.x + dx < clip.x + clip.width && r.x + dx + r.width > clip.x;
/** The layers that show the scene itself (not a repeated left column, not a relabelled header). */
const bodyLayers = (p: PagePlan) => p.layers.filter((l) => !l.nodes && !(l.clip.x === 0 && l.clip.width <= GUTTER));

function expectColumnsWhole(scene: Scene, pages: PagePlan[]): void {
  for (const col of rects(scene.nodes, 'touchpoint-column')) {
    const whole = pages.filter((p) => bodyLayers(p).some((l) => contains(l.clip, col, l.dx)));
    const cut = pages.filter((p) => bodyLayers(p).some((l) => overlaps(l.clip, col, l.dx) && !contains(l.clip, col, l.dx)));
    expect(whole.length, `column at x=${col.x} appears whole on exactly one page`).toBe(1);
    expect(cut, `column at x=${col.x} is never cut`).toEqual([]);
  }
}

describe('planPages', () => {
  it("'fit' makes one page the size of the map, 1 px = 0.75 pt", () => {
    const scene = columnScene([2, 3]);
    const [page, ...rest] = planPages(scene, 'fit');
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ width: scene.width * PX_TO_PT, height: scene.height * PX_TO_PT, scale: PX_TO_PT, originX: 0, originY: 0 });
    expect(page!.layers).toEqual([{ clip: { x: 0, y: 0, width: scene.width, height: scene.height }, dx: 0, dy: 0 }]);
  });

  for (const size of ['a4', 'a3', 'letter'] as const) {
    it(`'${size}' is landscape and scales the map to fit inside the margins, centred`, () => {
      const scene = columnScene([3, 4]);
      const [page, ...rest] = planPages(scene, size);
      expect(rest).toEqual([]);
      const [w, h] = PAPER[size];
      expect(w).toBeGreaterThan(h);
      expect(page).toMatchObject({ width: w, height: h });
      const drawnW = scene.width * page!.scale;
      const drawnH = scene.height * page!.scale;
      expect(Math.min(w - 2 * PAPER_MARGIN - drawnW, h - 2 * PAPER_MARGIN - drawnH)).toBeCloseTo(0, 6);
      expect(page!.originX).toBeCloseTo((w - drawnW) / 2, 6);
      expect(page!.originY).toBeCloseTo((h - drawnH) / 2, 6);
    });
  }

  it('splits a map too wide for paper between columns, never through one, at one scale', () => {
    const scene = columnScene([5, 5, 5, 5, 5, 5], 1000);
    const pages = planPages(scene, 'a4');
    expect(pages.length).toBeGreaterThan(2);
    expectColumnsWhole(scene, pages);
    const scales = new Set(pages.map((p) => p.scale));
    expect(scales.size).toBe(1);
    for (const p of pages) {
      expect(p).toMatchObject({ width: PAPER.a4[0], height: PAPER.a4[1] });
      for (const l of p.layers) expect(PAPER_MARGIN + (l.clip.x + l.clip.width) * p.scale).toBeLessThanOrEqual(PAPER.a4[0] - PAPER_MARGIN + 1e-6);
    }
  });

  it('repeats the left column and the stage header row on every page after the first', () => {
    const scene = columnScene([5, 5, 5, 5, 5, 5], 1000);
    const [first, ...later] = planPages(scene, 'a4');
    expect(first!.layers[0]!.clip.y).toBe(0);
    const headerTop = rects(scene.nodes, 'stage-header')[0]!.y;
    for (const p of later) {
      const gutter = p.layers[0]!;
      expect(gutter.clip).toMatchObject({ x: 0, width: GUTTER - 5 });
      // The page starts a little above the stage headers: the title band is on page 1 only.
      expect(headerTop + gutter.dy).toBeGreaterThan(0);
      expect(headerTop + gutter.dy).toBeLessThan(40);
    }
  });

  it('prefers to cut between stages when that wastes at most half a page', () => {
    const scene = columnScene([5, 5, 5, 5, 5, 5], 1000);
    const headers = rects(scene.nodes, 'stage-header');
    for (const p of planPages(scene, 'a4').slice(1)) {
      const [body] = bodyLayers(p);
      const start = body!.clip.x - body!.dx;
      expect(
        headers.some((h, i) => i > 0 && start < h.x && start > headers[i - 1]!.x + headers[i - 1]!.width),
        `page starts between two stages (x=${start})`,
      ).toBe(true);
    }
  });

  it('spreads the columns of a wide map evenly over the pages: no stub on the last page', () => {
    // 13 columns, 6 to an A4 page at this height: filling pages greedily would leave 6, 6, 1.
    const scene = columnScene([13], 1000);
    const pages = planPages(scene, 'a4');
    expect(pages).toHaveLength(3);
    const columns = rects(scene.nodes, 'touchpoint-column');
    const perPage = pages.map((p) => columns.filter((c) => bodyLayers(p).some((l) => contains(l.clip, c, l.dx))).length);
    expect([...perPage].sort()).toEqual([4, 4, 5]);
    expectColumnsWhole(scene, pages);
  });

  it('shows the name of a stage that continues from the previous page at the left of the page', () => {
    const scene = columnScene([30], 1000);
    const pages = planPages(scene, 'a4');
    expect(pages.length).toBeGreaterThan(2);
    const stageLabel = scene.nodes.find((n) => n.kind === 'text' && n.lines[0]?.text === '1 Stage1');
    for (const p of pages.slice(1)) {
      const relabel = p.layers.find((l) => l.nodes);
      expect(relabel?.nodes).toEqual([stageLabel]);
      expect(bodyLayers(p)[0]!.skip?.has(stageLabel!)).toBe(true);
      // Drawn at the page's left edge of the columns, inside the header bar.
      expect(relabel!.clip.x).toBe(GUTTER - 5);
    }
    expectColumnsWhole(scene, pages);
  });

  it("'fit' splits a map wider than the largest page readers accept", () => {
    const scene = columnScene(Array.from({ length: 20 }, () => 5));
    const pages = planPages(scene, 'fit');
    expect(scene.width * PX_TO_PT).toBeGreaterThan(MAX_PAGE_PT);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.width).toBeLessThanOrEqual(MAX_PAGE_PT);
      expect(p.scale).toBe(PX_TO_PT);
    }
    expectColumnsWhole(scene, pages);
  });

  it('shrinks a too-wide map without page structure onto one page rather than cutting blindly', () => {
    const { paging: _none, ...rest } = columnScene([1]);
    const scene: Scene = { ...rest, width: 40_000, nodes: [] };
    const pages = planPages(scene, 'fit');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(MAX_PAGE_PT, 6);
  });
});
