// Which part of the map goes on which sheet of paper (layoutSheets, sheets.ts): the scale, and per
// column range the sheets top to bottom, each showing a part of the band above the stages and the
// lanes, or parts of lanes where one is taller than a sheet (flow.ts). Also what did not fit one sheet,
// for the page-overflow warning.
import { FlowRegion, type FlowSheet, flowRows, type Piece } from './flow.js';
import { LANE_PAD, MARGIN } from './metrics.js';
import type { PagingRow, Scene, ScenePaging } from './scene.js';

/** Points above the map on sheets after the first (the running title), and below it on every sheet (the page number). */
export const HEAD_PT = 22;
export const FOOT_PT = 18;
/** Scene units shown left of the lane labels. */
export const LEFT_PAD = 12;
/** Space between the intro band and the stage headers on the first sheet, in scene units. */
export const INTRO_GAP = 10;

/** A sheet's columns fill at least this share of its width: the scale only drops this far to save a sheet. */
const MIN_FILL = 0.85;

/** A part of the map taller than a sheet. */
export interface SheetOverflow {
  /** 'intro' (the title, persona, "where it hurts" and legend band), or the lane's key (PagingRow.lane). */
  part: string;
  /** The sheets it is printed on, 1-based: first and last. */
  sheets: [number, number];
  /** The touchpoint whose cell makes the lane that tall. */
  touchpoint?: string;
  /** The lane's name as drawn, for a lane the map declares (part 'custom'). */
  name?: string;
  /** Set when it fits no sheet and has no place to split: its sheet is drawn smaller, with text this size, in points. */
  shrunkTo?: number;
}

export interface Geometry {
  paging: ScenePaging;
  /** Scene x of the sheet's left edge. */
  x0: number;
  /** Stage header row plus the gap under it, in scene units. */
  headerBlock: number;
  /** The intro band's y range. */
  introTop: number;
  introHeight: number;
  /**
   * x of each of `paging.cuts`, the last no further than a margin past the last column: a map with
   * few touchpoints is as wide as the band above the stages, and a sheet need not show that blank.
   */
  cutX: number[];
}

export function geometry(scene: Scene): Geometry {
  const paging = scene.paging!;
  const introTop = (paging.title?.y ?? MARGIN) - 6;
  const last = paging.columns[paging.columns.length - 1];
  const end = last ? last.x + last.width + MARGIN : Infinity;
  const cutX = paging.cuts.map((c, i) => (i === paging.cuts.length - 1 ? Math.min(c.x, end) : c.x));
  return {
    paging,
    x0: MARGIN - LEFT_PAD,
    headerBlock: paging.lanesTop - paging.headerRow.y,
    introTop,
    introHeight: paging.headerRow.y - INTRO_GAP - introTop,
    cutX,
  };
}

/** What one sheet shows, top to bottom: a part of the band above the stages, then parts of lanes. */
export interface SheetPlan {
  /** The y range of the intro band on this sheet. */
  intro?: [number, number];
  pieces: Piece[];
  /** Something on it fits no sheet at the map's scale and could not be split: the sheet is drawn smaller. */
  oversize?: boolean;
}

interface Plan {
  scale: number;
  /** Sheets per column range. */
  sheets: SheetPlan[][];
}

/** Room for the map on a sheet, in scene units at scale `s`: the first sheet has no running title. */
export const roomAt = (printH: number, s: number, first: boolean): number => (printH - (first ? 0 : HEAD_PT) - FOOT_PT) / s;

/** The intro band on the first sheets (more than one only when it is taller than a sheet), then the lanes of the first column range. */
function firstRange(g: Geometry, printH: number, s: number, flows: Flows): SheetPlan[] {
  const intro = flowRows([{ y: g.introTop, height: g.introHeight }], roomAt(printH, s, true), roomAt(printH, s, false), (top, limit) =>
    flows.intro.cut(top, limit),
  );
  const plans: SheetPlan[] = intro.map((sheet) => ({
    intro: [sheet.pieces[0]!.top, sheet.pieces[0]!.bottom],
    pieces: [],
    ...(sheet.oversize ? { oversize: true } : {}),
  }));
  const last = plans[plans.length - 1]!;
  const lastH = last.intro![1] - last.intro![0];
  const under = roomAt(printH, s, plans.length === 1) - lastH - INTRO_GAP - g.headerBlock;
  const rows = trimmedRows(g, flows.ranges[0]!, printH, s);
  const lanes = flowRows(rows, last.oversize ? -1 : under, roomAt(printH, s, false) - g.headerBlock, (top, limit) => flows.ranges[0]!.cut(top, limit));
  // The first lane sheet shares the intro's last sheet (it is empty when nothing fits under the intro).
  const [shared, ...rest] = lanes;
  if (shared && shared.pieces.length > 0) {
    last.pieces = shared.pieces;
    if (shared.oversize) last.oversize = true;
  }
  return [...plans, ...rest.map(toPlan)];
}

const toPlan = (sheet: FlowSheet): SheetPlan => ({ pieces: sheet.pieces, ...(sheet.oversize ? { oversize: true } : {}) });

/**
 * The sheets of every column range, at the largest scale (up to `cap`, where the widest sheet fills
 * the page) that needs no more sheets than the smallest allowed one. Lanes taller than a sheet
 * continue on the next (flow.ts); the scale never drops below the readable size for them.
 */
export function plan(g: Geometry, ranges: readonly [number, number][], printH: number, minScale: number, cap: number, flows: Flows): Plan {
  const sheetsAt = (s: number): SheetPlan[][] =>
    ranges.map((_, r) => {
      if (r === 0) return firstRange(g, printH, s, flows);
      const room = roomAt(printH, s, false) - g.headerBlock;
      return flowRows(trimmedRows(g, flows.ranges[r]!, printH, s), room, room, (top, limit) => flows.ranges[r]!.cut(top, limit)).map(toPlan);
    });
  const count = (b: SheetPlan[][]): number => b.reduce((n, x) => n + x.length, 0);
  const floor = Math.min(cap, Math.max(minScale, cap * MIN_FILL));
  const best = count(sheetsAt(floor));
  for (let s = cap; s >= floor - 1e-9; s -= 0.005) {
    const b = sheetsAt(s);
    if (count(b) <= best) return { scale: s, sheets: b };
  }
  return { scale: floor, sheets: sheetsAt(floor) };
}

/** Where each slice of the map may be cut across: the intro band, and each column range with the lane labels. */
export interface Flows {
  intro: FlowRegion;
  ranges: FlowRegion[];
  /** What sits under the lanes (the Sources card). */
  notes?: FlowRegion;
}

export function flowRegions(scene: Scene, g: Geometry, ranges: readonly [number, number][]): Flows {
  const { paging } = g;
  const intro = new FlowRegion(scene.nodes, (minX) => minX < paging.introRight + LEFT_PAD);
  const slices = ranges.map(([from, to]) => new FlowRegion(scene.nodes, (minX, maxX) => minX < paging.gutter || (maxX > g.cutX[from]! && minX < g.cutX[to]!)));
  const { notes } = paging;
  const under = notes ? new FlowRegion(scene.nodes, (minX, maxX) => maxX > notes.x && minX < notes.x + notes.width) : undefined;
  return { intro, ranges: slices, ...(under ? { notes: under } : {}) };
}

/**
 * A lane taller than a whole sheet, in a column range whose own cells are shorter, ends after them
 * there: the range's sheets do not carry another range's overflow as blank space.
 */
function trimmedRows(g: Geometry, region: FlowRegion, printH: number, scale: number): PagingRow[] {
  const full = roomAt(printH, scale, false) - g.headerBlock;
  return g.paging.rows.map((r) => {
    if (r.emotion || r.height <= full) return r;
    const bottom = Math.min(r.y + r.height, region.contentBottom(r.y, r.y + r.height) + LANE_PAD);
    return { ...r, height: bottom - r.y };
  });
}

/**
 * The parts that did not fit one sheet: the intro band or a lane of a column range spread over
 * several sheets, or one drawn smaller because it fits no sheet and could not be split.
 */
export function overflowOf(
  placed: readonly { range: number; plan: SheetPlan }[],
  paging: ScenePaging,
  flows: Flows,
  textOn: (sheet: number) => number,
): SheetOverflow[] {
  const out: SheetOverflow[] = [];
  const seen = new Map<string, SheetOverflow>();
  const note = (key: string, part: string, sheet: number, oversize: boolean, touchpoint?: string, name?: string): void => {
    let o = seen.get(key);
    if (!o) {
      o = { part, sheets: [sheet + 1, sheet + 1], ...(touchpoint ? { touchpoint } : {}), ...(name !== undefined ? { name } : {}) };
      seen.set(key, o);
      out.push(o);
    }
    o.sheets[1] = sheet + 1;
    if (oversize) o.shrunkTo = Math.min(o.shrunkTo ?? Infinity, textOn(sheet));
  };
  const introSheets = placed.filter((q) => q.plan.intro).length;
  placed.forEach(({ range, plan }, i) => {
    if (plan.intro && (introSheets > 1 || (plan.oversize && plan.pieces.length === 0)))
      note('intro', 'intro', i, Boolean(plan.oversize && plan.pieces.length === 0));
    for (const piece of plan.pieces) {
      const row = paging.rows[piece.row]!;
      if (row.emotion) continue;
      const key = `${range} ${piece.row}`;
      const split = piece.top > row.y + 0.01 || piece.bottom < row.y + row.height - 0.01;
      if (split || plan.oversize || seen.has(key)) {
        const x = flows.ranges[range]!.lowestAt(row.y, row.y + row.height, paging.gutter);
        const touchpoint = x === undefined ? undefined : paging.columns.find((c) => x >= c.x - 1 && x <= c.x + c.width + 1)?.touchpoint;
        const name = row.lane === 'custom' ? row.label?.lines.map((l) => l.text).join(' ') : undefined;
        note(key, row.lane ?? 'lane', i, Boolean(plan.oversize), touchpoint, name);
      }
    }
  });
  // A lane cut only where a sheet ends (its remainder on the next sheet) counts once it spans two sheets.
  return out.filter((o) => o.sheets[1] > o.sheets[0] || o.shrunkTo !== undefined);
}
