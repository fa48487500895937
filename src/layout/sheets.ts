// A map laid out for sheets of paper (A4, A3, Letter): not the screen layout shrunk onto a page, but a
// scale chosen so the smallest text prints at a readable size, the touchpoint columns split over as
// many sheets as that needs (between stages where it can), and lanes that do not fit under each
// other carried onto the next sheet. Every sheet repeats the lane labels, the stage header row and
// the emotion lane with its scale, and carries the title and "N / M"; the first shows the title,
// persona, "where it hurts" and legend band, laid out for the sheet's width. Pure, like layout():
// the PDF back-end and the HTML page's print section draw the sheets as given.
import type { Journey } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Box, PagingStage, Scene, SceneNode, TextNode } from './scene.js';
import type { LayoutOptions } from './index.js';
import { layout } from './index.js';
import { tableMeasurer } from '../text/index.js';
import { balancedBreaks } from './breaks.js';
import { MARGIN } from './metrics.js';
import {
  FOOT_PT,
  type Geometry,
  HEAD_PT,
  INTRO_GAP,
  LEFT_PAD,
  type SheetOverflow,
  type SheetPlan,
  flowRegions,
  geometry,
  overflowOf,
  plan,
  roomAt,
} from './sheet-plan.js';
import { type FlowRegion, flowRows, type Piece } from './flow.js';

export type { SheetOverflow } from './sheet-plan.js';
import { themes } from './theme.js';

export type PaperSize = 'a4' | 'a3' | 'letter';

export interface SheetOptions {
  paper: PaperSize;
  /** Portrait instead of the default landscape. */
  portrait?: boolean;
}

/** Landscape paper sizes in points. */
export const PAPER: Record<PaperSize, [number, number]> = { a4: [841.89, 595.28], a3: [1190.55, 841.89], letter: [792, 612] };
/** Margin around the printable area, in points (half an inch: every office printer reaches it). */
export const PAPER_MARGIN = 36;
/** The smallest text size a sheet may print, in points: small print on a handout, larger on a wall-sized A3. */
export const MIN_TEXT_PT: Record<PaperSize, number> = { a4: 6, a3: 7, letter: 6 };

/** A clipped, shifted view of the scene: a sheet is a stack of these. */
export interface Layer {
  /** Visible area, in scene units after the shift. */
  clip: Box;
  dx: number;
  dy: number;
  /** Only these nodes; the whole scene when absent. */
  nodes?: readonly SceneNode[];
  /** Nodes left out because another layer of the page draws them elsewhere. */
  skip?: ReadonlySet<SceneNode>;
}

export interface Sheet {
  /** Page size in points. */
  width: number;
  height: number;
  /** Points per scene unit, and where the layers' origin sits on the page, in points. */
  scale: number;
  originX: number;
  originY: number;
  layers: Layer[];
  /** Running title and page number, in page points (drawn unscaled, unclipped). */
  chrome: SceneNode[];
}

export interface SheetLayout {
  scene: Scene;
  sheets: Sheet[];
  /** The smallest text on any sheet, in points. */
  smallestText: number;
  /** What did not fit on one sheet (nothing is ever cut: it continues on the next, or is drawn smaller). */
  overflow: SheetOverflow[];
}

const TITLE_PT = 10;
const FOLIO_PT = 8;
/** Scene units shown right of a sheet's last column. */
const END_PAD = 12;
/** The largest scale: 1 px of the screen map is 1 pt on paper (text a third larger than on screen). */
const MAX_SCALE = 1;
/** A column on paper is at most this much wider than on screen (a map of three touchpoints does not stretch across A3). */
const MAX_WIDEN = 1.6;
function smallestFont(nodes: readonly SceneNode[]): number {
  let min = Infinity;
  const walk = (n: SceneNode): void => {
    if (n.kind === 'group') n.children.forEach(walk);
    else if (n.kind === 'text' && n.lines.some((l) => l.text.trim() !== '') && n.fontSize < min) min = n.fontSize;
  };
  nodes.forEach(walk);
  return Number.isFinite(min) ? min : 12;
}

/** Scene units a sheet showing the columns between cuts `from` and `to` needs, lane labels included. */
const pageWidth = (g: Geometry, from: number, to: number): number => g.paging.gutter - g.x0 + g.cutX[to]! - g.cutX[from]! + END_PAD;

/** Which columns go on which sheet: as few sheets as the smallest readable scale allows, about equally full, cut between stages where that costs little. */
function columnRanges(g: Geometry, maxWidth: number): [number, number][] {
  const ends = balancedBreaks(g.paging.cuts, (from, to) => pageWidth(g, from, to), maxWidth);
  return ends.map((end, i): [number, number] => [i === 0 ? 0 : ends[i - 1]!, end]);
}

/** Column widths that make every sheet's columns fill it at `scale` (each column at most MAX_WIDEN times its screen width). */
function widenedColumns(g: Geometry, ranges: readonly [number, number][], printW: number, scale: number): number[] {
  const widths = g.paging.columns.map((c) => c.width);
  for (const [from, to] of ranges) {
    const extra = (printW / scale - pageWidth(g, from, to)) / (to - from);
    for (let c = from; c < to; c += 1) widths[c] = Math.min(widths[c]! * MAX_WIDEN, widths[c]! + Math.max(0, extra));
  }
  return widths;
}

/** Runs of lanes (or parts of lanes) that sit next to each other in the scene, as y ranges. */
function runs(pieces: readonly Piece[]): [number, number][] {
  const out: [number, number][] = [];
  for (const { top, bottom } of pieces) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[1] - top) < 0.01) last[1] = bottom;
    else out.push([top, bottom]);
  }
  return out;
}

/** Right edge of a text node's widest line, in scene units. */
function textRight(t: TextNode): number {
  return t.lines.reduce((m, l) => {
    const w = l.advance ?? l.width;
    return Math.max(m, (t.anchor === 'start' ? l.x : t.anchor === 'end' ? l.x - w : l.x - w / 2) + w);
  }, -Infinity);
}

/**
 * The stage header row for the columns from `start` to `stop`. A stage that began on an earlier
 * sheet shows its name (and the text under it) again at the sheet's left edge; text wider than the
 * part of its stage on the sheet is left out there rather than cut.
 */
function headerLayers(stages: readonly PagingStage[], g: Geometry, start: number, stop: number, y: number): Layer[] {
  const { paging } = g;
  const row = paging.headerRow;
  const left = paging.gutter - g.x0;
  const moved = new Set<SceneNode>();
  const labels: Layer[] = [];
  for (const stage of stages) {
    const right = Math.min(stage.x + stage.width, stop);
    if (right <= Math.max(stage.x, start)) continue;
    const continued = stage.x < start - 1;
    const shift = continued ? start - stage.x : 0;
    const shown: SceneNode[] = [];
    for (const text of [stage.label, ...(stage.notes ?? [])]) {
      if (!text) continue;
      const fits = textRight(text) + shift <= right + 0.5;
      if (continued || !fits) moved.add(text);
      if (continued && fits) shown.push(text);
    }
    if (shown.length > 0) labels.push({ clip: { x: left, y, width: right - start, height: row.height }, dx: left - stage.x, dy: y - row.y, nodes: shown });
  }
  return [{ clip: { x: left, y, width: stop - start, height: row.height }, dx: left - start, dy: y - row.y, skip: moved }, ...labels];
}

function textLine(text: string, size: number, weight: 'normal' | 'bold', x: number, y: number, anchor: 'start' | 'end', fill: string): TextNode {
  const width = tableMeasurer.width(text, size, weight);
  const advance = anchor === 'end' ? tableMeasurer.advance?.(text, size, weight) : undefined;
  const left = anchor === 'start' ? x : x - width;
  return {
    kind: 'text',
    lines: [{ text, width, ...(advance !== undefined ? { advance } : {}), x, y }],
    fontSize: size,
    lineHeight: size * 1.3,
    weight,
    fill,
    anchor,
    box: { x: left, y: y - size, width, height: size * 1.3 },
  };
}

/** The title cut to `max` points wide, with an ellipsis when it had to be cut. */
function fitTitle(title: string, max: number): string {
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  if (tableMeasurer.width(chars.join(''), TITLE_PT, 'bold') <= max) return chars.join('');
  while (chars.length > 1 && tableMeasurer.width(`${chars.join('')}…`, TITLE_PT, 'bold') > max) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * What the map shows under its lanes (the Sources card) goes under the last sheet's lanes when it
 * fits there, else on sheets of its own at the map's scale: a card taller than a sheet continues on
 * the next, split between lines (flow.ts), and only one with no place to split is drawn smaller.
 * Returns what did not fit one sheet (its `shrunkTo` is the scale, not yet a text size).
 */
function addNotes(
  pages: Omit<Sheet, 'chrome'>[],
  used: readonly number[],
  g: Geometry,
  notes: Box,
  region: FlowRegion,
  paper: { width: number; height: number; printW: number; printH: number; scale: number },
): SheetOverflow | undefined {
  const clipW = notes.x + notes.width + END_PAD - g.x0;
  const bottom = notes.y + notes.height;
  // 2 units of slack round the card's own edges (its border), none where it is split.
  const layer = (at: number, from: number, to: number): Layer => {
    const above = from <= notes.y ? 2 : 0;
    const below = to >= bottom ? 2 : 0;
    return { clip: { x: 0, y: at - above, width: clipW, height: to - from + above + below }, dx: -g.x0, dy: at - from };
  };
  const last = pages[pages.length - 1]!;
  const top = used[used.length - 1]! + INTRO_GAP * 2;
  const room = (paper.printH - FOOT_PT - (last.originY - PAPER_MARGIN)) / last.scale;
  if (top + notes.height + 2 <= room && clipW * last.scale <= paper.printW) {
    last.layers.push(layer(top, notes.y, bottom));
    return undefined;
  }
  const scale = Math.min(paper.scale, paper.printW / clipW);
  const full = (paper.printH - HEAD_PT - FOOT_PT) / scale - 4;
  const parts = flowRows([{ y: notes.y, height: notes.height }], full, full, (from, limit) => region.cut(from, limit));
  const first = pages.length + 1;
  let smallest = scale;
  for (const part of parts) {
    const piece = part.pieces[0]!;
    const s = part.oversize ? Math.min(scale, (paper.printH - HEAD_PT - FOOT_PT) / (piece.bottom - piece.top + 4)) : scale;
    smallest = Math.min(smallest, s);
    pages.push({
      width: paper.width,
      height: paper.height,
      scale: s,
      originX: PAPER_MARGIN,
      originY: PAPER_MARGIN + HEAD_PT,
      layers: [layer(2, piece.top, piece.bottom)],
    });
  }
  if (parts.length === 1 && !parts[0]!.oversize) return undefined;
  return { part: 'sources', sheets: [first, pages.length], ...(parts.some((q) => q.oversize) ? { shrunkTo: smallest } : {}) };
}

/**
 * Lays the journey out for `sheet`: the map's columns as they are on screen, split and scaled so its
 * smallest text prints at MIN_TEXT_PT or larger, and the intro band laid out for the sheet's width.
 */
export function layoutSheets(journey: Journey, analysis: Analysis, options: LayoutOptions, sheet: SheetOptions): SheetLayout {
  const [long, short] = PAPER[sheet.paper];
  const [width, height] = sheet.portrait ? [short, long] : [long, short];
  const printW = width - PAPER_MARGIN * 2;
  const printH = height - PAPER_MARGIN * 2;
  const screen = layout(journey, analysis, { ...options, compact: false });
  const minScale = MIN_TEXT_PT[sheet.paper] / smallestFont(screen.nodes);
  // The screen layout's columns decide how many go on a sheet and the scale; the map is then laid
  // out again with each sheet's columns widened to fill it and the intro band as wide as a sheet.
  const g1 = geometry(screen);
  const ranges = columnRanges(g1, printW / minScale);
  const widest = ranges.reduce((m, [a, b]) => Math.max(m, pageWidth(g1, a, b)), 0);
  const at = (s: number): Scene =>
    layout(journey, analysis, {
      ...options,
      compact: false,
      introWidth: printW / s + 2 * (MARGIN - LEFT_PAD),
      columnWidths: widenedColumns(g1, ranges, printW, s),
    });
  // The band above the stages wraps to the sheet's width. When it comes out taller than the first
  // sheet, the largest smaller scale (never below the readable size) that lays it out wide enough to
  // stay whole on the first sheet is taken; when none does, it continues on the next sheet (flow.ts).
  const introFits = (sc: Scene, s: number): boolean => geometry(sc).introHeight <= roomAt(printH, s, true);
  let scale = Math.min(MAX_SCALE, printW / widest);
  let scene = at(scale);
  if (!introFits(scene, scale) && minScale < scale) {
    const floor = at(minScale);
    if (introFits(floor, minScale)) {
      let [lo, hi, best] = [minScale, scale, floor];
      for (let i = 0; i < 4; i += 1) {
        const mid = (lo + hi) / 2;
        const sc = at(mid);
        if (introFits(sc, mid)) [lo, best] = [mid, sc];
        else hi = mid;
      }
      [scale, scene] = [lo, best];
    }
  }
  const g = geometry(scene);
  const flows = flowRegions(scene, g, ranges);
  // Never larger than the scale the intro band was laid out for, or the band would not fit the sheet.
  const p = plan(g, ranges, printH, minScale, scale, flows);
  const theme = themes[(scene.theme in themes ? scene.theme : 'light') as keyof typeof themes];
  const { paging } = g;
  const left = paging.gutter - g.x0;
  const introW = paging.introRight + LEFT_PAD - g.x0;
  const pages: Omit<Sheet, 'chrome'>[] = [];
  const font = smallestFont(scene.nodes);
  const placed: { range: number; plan: SheetPlan }[] = [];
  /** Scene units used from the top of each page's layers. */
  const used: number[] = [];
  ranges.forEach(([from, to], r) => {
    const start = g.cutX[from]!;
    const stop = g.cutX[to]!;
    for (const plan of p.sheets[r]!) {
      const first = pages.length === 0;
      const layers: Layer[] = [];
      let y = 0;
      if (plan.intro) {
        const [top, bottom] = plan.intro;
        layers.push({ clip: { x: 0, y: 0, width: introW, height: bottom - top }, dx: -g.x0, dy: -top });
        y = bottom - top + (plan.pieces.length > 0 ? INTRO_GAP : 0);
      }
      if (plan.pieces.length > 0) {
        layers.push(...headerLayers(paging.stages, g, start, stop, y));
        y += g.headerBlock;
        const labels: Layer[] = [];
        let at = y;
        for (const piece of plan.pieces) {
          // A lane continued from the sheet before: its name again, at the top of the left column (drawn over the lane's background).
          const row = paging.rows[piece.row]!;
          // (only where it fits: a short last part of a lane gets no label rather than a cut one).
          const fits = row.label && row.label.box.y + row.label.box.height - row.y <= piece.bottom - piece.top;
          if (piece.top > row.y + 0.01 && row.label && fits)
            labels.push({ clip: { x: 0, y: at, width: left, height: piece.bottom - piece.top }, dx: -g.x0, dy: at - row.y, nodes: [row.label] });
          at += piece.bottom - piece.top;
        }
        for (const [top, bottom] of runs(plan.pieces)) {
          const h = bottom - top + 0.5;
          layers.push({ clip: { x: 0, y, width: left, height: h }, dx: -g.x0, dy: y - top });
          layers.push({ clip: { x: left, y, width: stop - start, height: h }, dx: left - start, dy: y - top });
          y += bottom - top;
        }
        layers.push(...labels);
      }
      // Columns widened on the first pass can come out a little wider once laid out again (a wider
      // gutter, a card that cannot wrap narrower): that sheet is drawn a little smaller, never cut.
      // So is a sheet holding a part that fits no sheet and could not be split (flow.ts).
      const right = layers.reduce((m, l) => Math.max(m, l.clip.x + l.clip.width), 0);
      const sheetScale = Math.min(p.scale, printW / right, plan.oversize ? roomAt(printH, 1, first) / y : Infinity);
      pages.push({ width, height, scale: sheetScale, originX: PAPER_MARGIN, originY: PAPER_MARGIN + (first ? 0 : HEAD_PT), layers });
      placed.push({ range: r, plan });
      used.push(y);
    }
  });
  const overflow = overflowOf(placed, paging, flows, (i) => font * pages[i]!.scale);
  if (paging.notes && flows.notes) {
    const notes = addNotes(pages, used, g, paging.notes, flows.notes, { width, height, printW, printH, scale: p.scale });
    if (notes) overflow.push({ ...notes, ...(notes.shrunkTo !== undefined ? { shrunkTo: font * notes.shrunkTo } : {}) });
  }
  const smallestText = pages.reduce((m, page) => Math.min(m, font * page.scale), font * p.scale);
  const title = fitTitle(scene.title, printW - 80);
  const sheets = pages.map(
    (page, i): Sheet => ({
      ...page,
      chrome: [
        ...(i > 0 ? [textLine(title, TITLE_PT, 'bold', PAPER_MARGIN, PAPER_MARGIN + TITLE_PT, 'start', theme.text)] : []),
        textLine(`${i + 1} / ${pages.length}`, FOLIO_PT, 'normal', width - PAPER_MARGIN, height - PAPER_MARGIN, 'end', theme.muted),
      ],
    }),
  );
  return { scene, sheets, smallestText: Math.min(smallestText, FOLIO_PT), overflow };
}
