// Lanes (and the band of cards above the stages) that are taller than a sheet of paper. Such a lane
// is never clipped and never makes the whole map smaller: it continues on the next sheet, split at
// a height that crosses no line of text and no small drawing (an icon, a pill, a one-line card), so
// every word prints whole on exactly one sheet. Only a part that has no such height within a sheet
// (none in a real map: text always has gaps between its lines) gets a sheet of its own, drawn smaller.
import type { SceneNode } from './scene.js';

/** A y range of the scene that must stay on one sheet. */
export type Span = readonly [number, number];

/** A line's ink, in font sizes above and below its baseline (Noto Sans: Han from 0.88 above to 0.12 below, accents to ~0.95, descenders to ~0.24). */
const ASCENT = 1;
const DESCENT = 0.25;
/** A drawing this tall or shorter (an avatar, a pill, a card of a line or two) is never split; taller ones (lane stripes, cards around many lines, valley bands) may be. */
const SMALL = 64;
/** The least of a lane worth starting at the foot of a sheet (about three lines of text), in scene units. */
const MIN_PIECE = 48;

interface Leaf {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** A line of text or a small drawing: never split. */
  whole: boolean;
}

function addLeaves(n: SceneNode, out: Leaf[]): void {
  switch (n.kind) {
    case 'group':
      for (const child of n.children) addLeaves(child, out);
      return;
    case 'text':
      for (const l of n.lines) {
        if (l.text.trim() === '') continue;
        const left = n.anchor === 'start' ? l.x : n.anchor === 'end' ? l.x - l.width : l.x - l.width / 2;
        out.push({ minX: left, maxX: left + l.width, minY: l.y - n.fontSize * ASCENT, maxY: l.y + n.fontSize * DESCENT, whole: true });
      }
      return;
    case 'rect':
      out.push({ minX: n.x, maxX: n.x + n.width, minY: n.y, maxY: n.y + n.height, whole: n.height <= SMALL });
      return;
    case 'image':
      out.push({ minX: n.x, maxX: n.x + n.width, minY: n.y, maxY: n.y + n.height, whole: true });
      return;
    case 'circle':
      out.push({ minX: n.cx - n.r, maxX: n.cx + n.r, minY: n.cy - n.r, maxY: n.cy + n.r, whole: 2 * n.r <= SMALL });
      return;
    case 'line':
      out.push({
        minX: Math.min(n.x1, n.x2),
        maxX: Math.max(n.x1, n.x2),
        minY: Math.min(n.y1, n.y2),
        maxY: Math.max(n.y1, n.y2),
        whole: Math.abs(n.y2 - n.y1) <= SMALL,
      });
      return;
    case 'path': {
      let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const s of n.segments) {
        if (s.op === 'Z') continue;
        const xs = s.op === 'C' ? [s.x1, s.x2, s.x] : [s.x];
        const ys = s.op === 'C' ? [s.y1, s.y2, s.y] : [s.y];
        for (const x of xs) [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
        for (const y of ys) [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
      }
      if (minY <= maxY) out.push({ minX, maxX, minY, maxY, whole: maxY - minY <= SMALL });
    }
  }
}

/** Spans sorted and merged where they overlap. */
function merge(spans: readonly Span[]): Span[] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The lowest height at or above `limit` inside none of `spans` (merged, sorted). */
function lowestOutside(spans: readonly Span[], limit: number): number {
  let y = limit;
  // Disjoint and sorted: walk back from the last that starts below `limit`.
  for (let i = spans.length - 1; i >= 0; i -= 1) {
    const [a, b] = spans[i]!;
    if (a >= y) continue;
    if (b > y) y = a;
    else break;
  }
  return y;
}

/** What may be cut where, for one horizontal slice of the map (a sheet's columns and the lane labels). */
export class FlowRegion {
  private found?: { leaves: Leaf[]; spans: Span[] };

  /**
   * `shows(minX, maxX)`: whether a drawing over that x range is on the slice. The scene is read on
   * the first question only: a map whose lanes all fit their sheets never asks one.
   */
  constructor(
    private readonly nodes: readonly SceneNode[],
    private readonly shows: (minX: number, maxX: number) => boolean,
  ) {}

  private get leaves(): Leaf[] {
    return this.read().leaves;
  }

  private get spans(): Span[] {
    return this.read().spans;
  }

  private read(): { leaves: Leaf[]; spans: Span[] } {
    if (this.found) return this.found;
    const all: Leaf[] = [];
    for (const n of this.nodes) addLeaves(n, all);
    const leaves = all.filter((l) => this.shows(l.minX, l.maxX));
    const spans = merge(leaves.filter((l) => l.whole).map((l): Span => [l.minY, l.maxY]));
    this.found = { leaves, spans };
    return this.found;
  }

  /**
   * The lowest height in (top + MIN_PIECE, limit] where the slice may be cut, if any: between cards
   * (a persona card, a pain point) when there is such a place, else between two lines of text.
   */
  cut(top: number, limit: number): number | undefined {
    // Cards that begin on this piece and would fit on it stay whole when they can.
    const cards = this.leaves.filter((l) => !l.whole && l.minY >= top && l.maxY - l.minY < limit - top).map((l): Span => [l.minY, l.maxY]);
    const between = cards.length > 0 ? lowestOutside(merge([...this.spans, ...cards]), limit) : undefined;
    if (between !== undefined && between >= top + MIN_PIECE) return between;
    const y = lowestOutside(this.spans, limit);
    return y >= top + MIN_PIECE ? y : undefined;
  }

  /** x of the drawing that reaches lowest inside the y range (top, bottom), right of `fromX`: the cell that makes a lane tall. */
  lowestAt(top: number, bottom: number, fromX: number): number | undefined {
    let best: Leaf | undefined;
    for (const l of this.leaves) {
      if (l.minY > top + 1 && l.minY < bottom - 1 && l.minX >= fromX && (!best || l.maxY > best.maxY)) best = l;
    }
    return best?.minX;
  }

  /**
   * The bottom of what is drawn inside the y range (top, bottom): the slice's part of a lane can end
   * there when another slice's cell makes the lane taller. Backgrounds that span the range, and the
   * separator at its foot, do not count.
   */
  contentBottom(top: number, bottom: number): number {
    let max = top;
    for (const l of this.leaves) if (l.minY > top + 1 && l.minY < bottom - 1) max = Math.max(max, l.maxY);
    return max;
  }
}

/** A lane, or the part of one on a sheet. */
export interface Piece {
  /** Index into the rows given to flowRows. */
  row: number;
  top: number;
  bottom: number;
}

export interface FlowSheet {
  pieces: Piece[];
  /** A piece that fits no sheet and could not be split: this sheet must be drawn smaller. */
  oversize?: boolean;
}

export interface FlowRow {
  y: number;
  height: number;
  /** The emotion lane: on every sheet, never split. */
  emotion?: boolean;
}

/**
 * Lanes on sheets, top to bottom: each sheet as full as it can be, the emotion lane on every one (in
 * its place among the others), and a lane taller than a whole sheet split at `cut` heights. `first`
 * is the room on the first sheet, `rest` on the others, both in scene units. An empty first sheet
 * means nothing fits under what is above the lanes there.
 */
export function flowRows(rows: readonly FlowRow[], first: number, rest: number, cut: (top: number, limit: number) => number | undefined): FlowSheet[] {
  const emotion = rows.findIndex((r) => r.emotion);
  const emotionH = emotion >= 0 ? rows[emotion]!.height : 0;
  const out: FlowSheet[] = [];
  let sheet: FlowSheet = { pieces: [] };
  let used = 0;
  let room = first;
  const close = (): void => {
    const { pieces } = sheet;
    if (emotion >= 0 && pieces.length > 0 && !pieces.some((p) => p.row === emotion)) {
      const e = { row: emotion, top: rows[emotion]!.y, bottom: rows[emotion]!.y + emotionH };
      if (pieces[0]!.row > emotion) pieces.unshift(e);
      else pieces.push(e);
    }
    out.push(sheet);
    sheet = { pieces: [] };
    used = 0;
    room = rest;
  };
  const queue: Piece[] = rows.map((r, row) => ({ row, top: r.y, bottom: r.y + r.height }));
  for (let k = 0; k < queue.length; ) {
    const p = queue[k]!;
    const h = p.bottom - p.top;
    const reserve = emotion >= 0 && p.row !== emotion && !sheet.pieces.some((q) => q.row === emotion) ? emotionH : 0;
    const free = room - used - reserve;
    if (h <= free) {
      sheet.pieces.push(p);
      used += h;
      k += 1;
      continue;
    }
    // Too tall even for an empty sheet: split it here, at the lowest height that cuts nothing.
    const splits = p.row !== emotion && h > rest - (emotion >= 0 ? emotionH : 0);
    // Never so low that only a sliver is left for the next sheet.
    const at = splits ? cut(p.top, Math.min(p.top + free, p.bottom - MIN_PIECE)) : undefined;
    if (at !== undefined) {
      sheet.pieces.push({ ...p, bottom: at });
      queue[k] = { ...p, top: at };
      close();
      continue;
    }
    if (sheet.pieces.length > 0 || (out.length === 0 && room < rest)) {
      close();
      continue;
    }
    // Nothing on this sheet and still no room: the piece alone, on a sheet drawn smaller.
    sheet.pieces.push(p);
    sheet.oversize = true;
    k += 1;
    close();
  }
  if (sheet.pieces.length > 0) close();
  return out;
}
