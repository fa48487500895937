// A map laid out for sheets of paper (A4, A3, Letter): not the screen layout shrunk onto a page, but a
// scale chosen so the smallest text prints at a readable size, the touchpoint columns split over as
// many sheets as that needs (between stages where it can), and lanes that do not fit under each
// other carried onto the next sheet. Every sheet repeats the lane labels, the stage header row and
// the emotion lane with its scale, and carries the title and "N / M"; the first shows the title,
// persona, "where it hurts" and legend band, laid out for the sheet's width. Pure, like layout():
// the PDF back-end and the HTML page's print section draw the sheets as given.
import type { Journey } from '../model/journey.js';
import type { Analysis } from '../analyse/analysis.js';
import type { Box, PagingRow, PagingStage, Scene, SceneNode, ScenePaging, TextNode } from './scene.js';
import type { LayoutOptions } from './index.js';
import { layout } from './index.js';
import { tableMeasurer } from '../text/index.js';
import { balancedBreaks } from './breaks.js';
import { MARGIN } from './metrics.js';
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
}

/** Points above the map on sheets after the first (the running title), and below it on every sheet (the page number). */
const HEAD_PT = 22;
const FOOT_PT = 18;
const TITLE_PT = 10;
const FOLIO_PT = 8;
/** Scene units shown left of the lane labels and right of a sheet's last column. */
const LEFT_PAD = 12;
const END_PAD = 12;
/** Space between the intro band and the stage headers on the first sheet, in scene units. */
const INTRO_GAP = 10;
/** The largest scale: 1 px of the screen map is 1 pt on paper (text a third larger than on screen). */
const MAX_SCALE = 1;
/** A column on paper is at most this much wider than on screen (a map of three touchpoints does not stretch across A3). */
const MAX_WIDEN = 1.6;
/** A sheet's columns fill at least this share of its width: the scale only drops this far to save a sheet. */
const MIN_FILL = 0.85;

function smallestFont(nodes: readonly SceneNode[]): number {
  let min = Infinity;
  const walk = (n: SceneNode): void => {
    if (n.kind === 'group') n.children.forEach(walk);
    else if (n.kind === 'text' && n.lines.some((l) => l.text.trim() !== '') && n.fontSize < min) min = n.fontSize;
  };
  nodes.forEach(walk);
  return Number.isFinite(min) ? min : 12;
}

interface Geometry {
  paging: ScenePaging;
  /** Scene x of the sheet's left edge. */
  x0: number;
  /** Stage header row plus the gap under it, in scene units. */
  headerBlock: number;
  /** The intro band's y range. */
  introTop: number;
  introHeight: number;
}

function geometry(scene: Scene): Geometry {
  const paging = scene.paging!;
  const introTop = (paging.title?.y ?? MARGIN) - 6;
  return { paging, x0: MARGIN - LEFT_PAD, headerBlock: paging.lanesTop - paging.headerRow.y, introTop, introHeight: paging.headerRow.y - INTRO_GAP - introTop };
}

/** Lane indices per sheet of one column range: greedy, each sheet as full as it can be; undefined when one lane is taller than a sheet. */
function bands(rows: readonly PagingRow[], first: number, rest: number): number[][] | undefined {
  const emotion = rows.findIndex((r) => r.emotion);
  const out: number[][] = [];
  let i = 0;
  while (i < rows.length) {
    const room = out.length === 0 ? first : rest;
    let j = i;
    let used = 0;
    while (j < rows.length && used + rows[j]!.height + (emotion >= 0 && (emotion < i || emotion > j) ? rows[emotion]!.height : 0) <= room) {
      used += rows[j]!.height;
      j += 1;
    }
    if (j === i) {
      // Not even one lane fits under the intro band: the band gets a sheet of its own.
      if (out.length === 0 && first < rest) {
        out.push([]);
        continue;
      }
      return undefined;
    }
    const band = Array.from({ length: j - i }, (_, k) => i + k);
    if (emotion >= 0 && emotion < i) band.unshift(emotion);
    if (emotion > j - 1) band.push(emotion);
    out.push(band);
    i = j;
  }
  return out;
}

interface Plan {
  scale: number;
  bands: number[][][];
}

/** Scene units a sheet showing the columns between cuts `from` and `to` needs, lane labels included. */
const pageWidth = (g: Geometry, from: number, to: number): number => g.paging.gutter - g.x0 + g.paging.cuts[to]!.x - g.paging.cuts[from]!.x + END_PAD;

/** Which columns go on which sheet: as few sheets as the smallest readable scale allows, about equally full, cut between stages where that costs little. */
function columnRanges(g: Geometry, maxWidth: number): [number, number][] {
  const ends = balancedBreaks(g.paging.cuts, (from, to) => pageWidth(g, from, to), maxWidth);
  return ends.map((end, i): [number, number] => [i === 0 ? 0 : ends[i - 1]!, end]);
}

/**
 * The lanes on each sheet, at the largest scale (up to `cap`, where the widest sheet fills the page)
 * that needs no more sheets than the smallest allowed one; below the readable size only when a
 * single lane is taller than a sheet at it.
 */
function plan(g: Geometry, ranges: readonly [number, number][], printH: number, minScale: number, cap: number): Plan {
  const { paging } = g;
  const bandsAt = (s: number): number[][][] | undefined => {
    const rest = (printH - HEAD_PT - FOOT_PT) / s - g.headerBlock;
    const first = (printH - FOOT_PT) / s - g.headerBlock - g.introHeight - INTRO_GAP;
    const out: number[][][] = [];
    for (let r = 0; r < ranges.length; r += 1) {
      const b = bands(paging.rows, r === 0 ? first : rest, rest);
      if (!b) return undefined;
      out.push(b);
    }
    return out;
  };
  const count = (b: number[][][] | undefined): number => (b ? b.reduce((n, x) => n + x.length, 0) : Infinity);
  const floor = Math.min(cap, Math.max(minScale, cap * MIN_FILL));
  const best = count(bandsAt(floor));
  for (let s = cap; s >= floor - 1e-9; s -= 0.005) {
    const b = bandsAt(s);
    if (b && count(b) <= best) return { scale: s, bands: b };
  }
  for (let s = floor; s > 0.05; s *= 0.95) {
    const b = bandsAt(s);
    if (b) return { scale: s, bands: b };
  }
  return { scale: 0.05, bands: ranges.map(() => [paging.rows.map((_, i) => i)]) };
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

/** Runs of lanes that sit next to each other in the scene, as y ranges. */
function runs(rows: readonly PagingRow[], band: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of band) {
    const r = rows[i]!;
    const last = out[out.length - 1];
    if (last && Math.abs(last[1] - r.y) < 0.01) last[1] = r.y + r.height;
    else out.push([r.y, r.y + r.height]);
  }
  return out;
}

/** The stage header row for the columns from `start` to `stop`, and the name of a stage that began on an earlier sheet at its left edge. */
function headerLayers(stages: readonly PagingStage[], g: Geometry, start: number, stop: number, y: number): Layer[] {
  const { paging } = g;
  const row = paging.headerRow;
  const left = paging.gutter - g.x0;
  const relabelled = new Set<SceneNode>();
  const labels: Layer[] = [];
  for (const stage of stages) {
    if (!(stage.x < start - 1 && stage.x + stage.width > start) || !stage.label) continue;
    relabelled.add(stage.label);
    const clip = { x: left, y, width: Math.min(stage.x + stage.width, stop) - start, height: row.height };
    labels.push({ clip, dx: left - stage.x, dy: y - row.y, nodes: [stage.label] });
  }
  return [{ clip: { x: left, y, width: stop - start, height: row.height }, dx: left - start, dy: y - row.y, skip: relabelled }, ...labels];
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
 * fits there, else on a sheet of its own, drawn smaller only if it is taller than a sheet. Returns
 * the scale it is drawn at.
 */
function addNotes(
  pages: Omit<Sheet, 'chrome'>[],
  used: readonly number[],
  g: Geometry,
  notes: Box,
  paper: { width: number; height: number; printW: number; printH: number; scale: number },
): number {
  const clipW = notes.x + notes.width + END_PAD - g.x0;
  const layer = (top: number): Layer => ({ clip: { x: 0, y: top - 2, width: clipW, height: notes.height + 4 }, dx: -g.x0, dy: top - notes.y });
  const last = pages[pages.length - 1]!;
  const top = used[used.length - 1]! + INTRO_GAP * 2;
  const room = (paper.printH - FOOT_PT - (last.originY - PAPER_MARGIN)) / last.scale;
  if (top + notes.height + 2 <= room && clipW * last.scale <= paper.printW) {
    last.layers.push(layer(top));
    return last.scale;
  }
  const scale = Math.min(paper.scale, (paper.printH - HEAD_PT - FOOT_PT) / (notes.height + 4), paper.printW / clipW);
  pages.push({ width: paper.width, height: paper.height, scale, originX: PAPER_MARGIN, originY: PAPER_MARGIN + HEAD_PT, layers: [layer(2)] });
  return scale;
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
  const scale = Math.min(MAX_SCALE, printW / widest);
  const introWidth = printW / scale + 2 * (MARGIN - LEFT_PAD);
  const scene = layout(journey, analysis, { ...options, compact: false, introWidth, columnWidths: widenedColumns(g1, ranges, printW, scale) });
  const g = geometry(scene);
  // Never larger than the scale the intro band was laid out for, or the band would not fit the sheet.
  const p = plan(g, ranges, printH, minScale, scale);
  const theme = themes[(scene.theme in themes ? scene.theme : 'light') as keyof typeof themes];
  const { paging } = g;
  const left = paging.gutter - g.x0;
  const pages: Omit<Sheet, 'chrome'>[] = [];
  /** Scene units used from the top of each page's layers. */
  const used: number[] = [];
  let smallestText = smallestFont(scene.nodes) * p.scale;
  ranges.forEach(([from, to], r) => {
    const start = paging.cuts[from]!.x;
    const stop = paging.cuts[to]!.x;
    p.bands[r]!.forEach((band, b) => {
      const intro = r === 0 && b === 0;
      const layers: Layer[] = [];
      let y = 0;
      let scale = p.scale;
      if (intro) {
        layers.push({ clip: { x: 0, y: 0, width: paging.introRight + LEFT_PAD - g.x0, height: g.introHeight }, dx: -g.x0, dy: -g.introTop });
        // An intro band taller than a sheet (a very long list of valleys) is shrunk onto its own sheet.
        if (band.length === 0) scale = Math.min(p.scale, (printH - FOOT_PT) / g.introHeight, printW / (paging.introRight + LEFT_PAD - g.x0));
        if (band.length === 0) smallestText = Math.min(smallestText, smallestFont(scene.nodes) * scale);
        y = g.introHeight + INTRO_GAP;
      }
      if (band.length > 0) {
        layers.push(...headerLayers(paging.stages, g, start, stop, y));
        y += g.headerBlock;
        for (const [top, bottom] of runs(paging.rows, band)) {
          const h = bottom - top + 0.5;
          layers.push({ clip: { x: 0, y, width: left, height: h }, dx: -g.x0, dy: y - top });
          layers.push({ clip: { x: left, y, width: stop - start, height: h }, dx: left - start, dy: y - top });
          y += bottom - top;
        }
      }
      // Columns widened on the first pass can come out a little wider once laid out again (a wider
      // gutter, a card that cannot wrap narrower): that sheet is drawn a little smaller, never cut.
      const right = layers.reduce((m, l) => Math.max(m, l.clip.x + l.clip.width), 0);
      if (right * scale > printW) {
        scale = printW / right;
        smallestText = Math.min(smallestText, smallestFont(scene.nodes) * scale);
      }
      pages.push({ width, height, scale, originX: PAPER_MARGIN, originY: PAPER_MARGIN + (intro ? 0 : HEAD_PT), layers });
      used.push(y);
    });
  });
  if (paging.notes)
    smallestText = Math.min(
      smallestText,
      addNotes(pages, used, g, paging.notes, { width, height, printW, printH, scale: p.scale }) * smallestFont(scene.nodes),
    );
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
  return { scene, sheets, smallestText: Math.min(smallestText, FOLIO_PT) };
}
