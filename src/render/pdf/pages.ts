// Pages of a PDF without paper size ('fit'): one page the size of the map. Nothing is laid out or
// measured again: a page is a set of clipped, shifted views ("layers") of the one scene, and where a
// map may be cut and what repeats come from layout (scene.paging). Sheets of paper are laid out by
// layout itself (src/layout/sheets.ts). A map wider than a PDF page may be is cut at those cuts,
// into pages about equally full (breaks.ts picks where); every page after the first repeats the left
// column (lane labels, emotion scale) and the stage header row, and a stage that continues from the
// previous page shows its name again at the page's left edge.
import type { PagingStage, Scene, SceneNode } from '../../layout/scene.js';
import type { Layer } from '../../layout/sheets.js';
import { balancedBreaks } from '../../layout/breaks.js';

export type { Layer } from '../../layout/sheets.js';

export interface PagePlan {
  /** Page size in PDF points. */
  width: number;
  height: number;
  /** Points per scene unit, and where the shifted scene's origin sits on the page, in points. */
  scale: number;
  originX: number;
  originY: number;
  layers: Layer[];
  /** Drawn in page points, unscaled: running title and page number (paper sheets only). */
  chrome?: SceneNode[];
}

/** The SVG is sized in CSS px; 1 px = 0.75 pt, so the PDF at 100 % looks like the SVG at 100 %. */
export const PX_TO_PT = 0.75;
/** Largest page side most readers accept (Acrobat: 200 in). */
export const MAX_PAGE_PT = 14400;
/** Blank scene units kept above the stage headers and after a cut, so pages do not look cropped. */
const PAGE_PAD = 24;

interface Slice {
  width: number;
  height: number;
  layers: Layer[];
}

const whole = (scene: Scene): Slice => ({
  width: scene.width,
  height: scene.height,
  layers: [{ clip: { x: 0, y: 0, width: scene.width, height: scene.height }, dx: 0, dy: 0 }],
});

/** Cuts the map into slices no wider than `maxWidth` scene units; undefined when layout gave no page structure. */
export function splitMap(scene: Scene, maxWidth: number): Slice[] | undefined {
  const map = scene.paging;
  if (!map || map.cuts.length < 2) return undefined;
  const { cuts, gutter } = map;
  const top = Math.max(0, map.bodyTop - PAGE_PAD);
  const last = cuts.length - 1;
  // A later page repeats the left column in place of everything before its first cut.
  const width = (from: number, to: number): number => (from === 0 ? 0 : gutter - cuts[from]!.x) + cuts[to]!.x + (to === last ? 0 : PAGE_PAD);
  const ends = balancedBreaks(cuts, width, maxWidth);
  if (ends.length === 1) return [whole(scene)];
  return ends.map((end, page) => {
    const from = page === 0 ? 0 : ends[page - 1]!;
    const stop = cuts[end]!.x;
    if (from === 0) return { width: width(0, end), height: scene.height, layers: [{ clip: { x: 0, y: 0, width: stop, height: scene.height }, dx: 0, dy: 0 }] };
    return continuation(scene, map.stages, map.headerRow, { gutter, start: cuts[from]!.x, stop, top, width: width(from, end) });
  });
}

interface Cut {
  gutter: number;
  start: number;
  stop: number;
  top: number;
  width: number;
}

function continuation(scene: Scene, stages: readonly PagingStage[], row: { y: number; height: number }, c: Cut): Slice {
  const height = scene.height - c.top;
  const layers: Layer[] = [{ clip: { x: 0, y: 0, width: c.gutter, height }, dx: 0, dy: -c.top }];
  const relabelled = new Set<SceneNode>();
  const labelLayers: Layer[] = [];
  // A stage that began on an earlier page: its name is drawn again at this page's left edge.
  for (const stage of stages) {
    if (!(stage.x < c.start - 1 && stage.x + stage.width > c.start) || !stage.label) continue;
    relabelled.add(stage.label);
    const clip = { x: c.gutter, y: row.y - c.top, width: Math.min(stage.x + stage.width, c.stop) - c.start, height: row.height };
    labelLayers.push({ clip, dx: c.gutter - stage.x, dy: -c.top, nodes: [stage.label] });
  }
  layers.push({ clip: { x: c.gutter, y: 0, width: c.stop - c.start, height }, dx: c.gutter - c.start, dy: -c.top, skip: relabelled }, ...labelLayers);
  return { width: c.width, height, layers };
}

const atScale = (slice: Slice, scale: number, originX: number, originY: number, width: number, height: number): PagePlan => ({
  width,
  height,
  scale,
  originX,
  originY,
  layers: slice.layers,
});

function planFit(scene: Scene): PagePlan[] {
  const scale = Math.min(PX_TO_PT, MAX_PAGE_PT / scene.height);
  const slices = scene.width * scale <= MAX_PAGE_PT ? [whole(scene)] : splitMap(scene, MAX_PAGE_PT / scale);
  if (!slices) {
    const s = Math.min(scale, MAX_PAGE_PT / scene.width);
    return [atScale(whole(scene), s, 0, 0, scene.width * s, scene.height * s)];
  }
  return slices.map((sl) => atScale(sl, scale, 0, 0, sl.width * scale, sl.height * scale));
}

/** One page the size of the map (1 px = 0.75 pt), or several when it is wider than a PDF page may be. Paper sheets come from layout (layoutSheets). */
export function planPages(scene: Scene): PagePlan[] {
  return planFit(scene);
}
