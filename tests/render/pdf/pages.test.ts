// Page plans of 'fit' PDFs are pure geometry: sizes, scale, and where a map wider than a PDF page may be is cut.
// (Sheets of paper are laid out by layout: tests/layout/sheets.test.ts and tests/render/pdf/paper.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Box, RectNode, Scene, SceneNode } from '../../../src/layout/scene.js';
import { MAX_PAGE_PT, PX_TO_PT, planPages, type PagePlan } from '../../../src/render/pdf/pages.js';
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
    const [page, ...rest] = planPages(scene);
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ width: scene.width * PX_TO_PT, height: scene.height * PX_TO_PT, scale: PX_TO_PT, originX: 0, originY: 0 });
    expect(page!.layers).toEqual([{ clip: { x: 0, y: 0, width: scene.width, height: scene.height }, dx: 0, dy: 0 }]);
  });

  it("'fit' splits a map wider than the largest page readers accept", () => {
    const scene = columnScene(Array.from({ length: 20 }, () => 5));
    const pages = planPages(scene);
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
    const pages = planPages(scene);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.width).toBeCloseTo(MAX_PAGE_PT, 6);
  });
});
