// Glyph outlines straight from a TrueType (glyf) font, for the PNG back-end's built-in faces. fontkit
// draws the same outlines, but loading it costs ~100 ms and decoding glyphs through it another ~100 ms
// a map; the built-in Noto Sans files are plain static TrueType, so reading the few tables text needs
// (head, hhea, maxp, cmap, hmtx, loca, glyf) by hand is cheap: only the glyphs the map draws are decoded.
// The outlines are fontkit's, command for command (tests/render/png/truetype.test.ts compares them), so
// a user font read by fontkit and a built-in face read here go through the same drawing code.
// No shaping, like outline.ts: a variation selector is dropped and its base character drawn.

/** One command of a glyph outline, in font units, y up (fontkit's `path.commands`). */
export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** The part of a face outline.ts reads; fontkit's Font has the same shape. */
export interface OutlineGlyph {
  id: number;
  advanceWidth: number;
  path: { commands: readonly PathCommand[] };
}

export interface OutlineFace {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphsForString(text: string): OutlineGlyph[];
}

const ON_CURVE = 1;
const X_SHORT = 2;
const Y_SHORT = 4;
const REPEAT = 8;
const SAME_X = 16;
const SAME_Y = 32;
const ARGS_ARE_WORDS = 1;
const HAS_SCALE = 8;
const MORE_COMPONENTS = 32;
const HAS_XY_SCALE = 64;
const HAS_2X2 = 128;

interface Point {
  x: number;
  y: number;
  on: boolean;
}

const isVariationSelector = (cp: number): boolean => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
/** A 2.14 fixed-point number. */
const f2dot14 = (buf: Buffer, at: number): number => buf.readInt16BE(at) / 16384;

class TrueTypeFace implements OutlineFace {
  readonly unitsPerEm: number;
  private readonly tables = new Map<string, number>();
  private readonly longLoca: boolean;
  private readonly numGlyphs: number;
  private readonly hMetrics: number;
  private readonly lookup: (cp: number) => number;
  private readonly glyphs = new Map<number, OutlineGlyph>();

  constructor(private readonly buf: Buffer) {
    const count = buf.readUInt16BE(4);
    for (let i = 0; i < count; i += 1) this.tables.set(buf.toString('latin1', 12 + 16 * i, 16 + 16 * i), buf.readUInt32BE(20 + 16 * i));
    const head = this.table('head');
    this.unitsPerEm = buf.readUInt16BE(head + 18);
    this.longLoca = buf.readInt16BE(head + 50) === 1;
    this.numGlyphs = buf.readUInt16BE(this.table('maxp') + 4);
    this.hMetrics = buf.readUInt16BE(this.table('hhea') + 34);
    this.lookup = this.cmap();
  }

  private table(tag: string): number {
    const at = this.tables.get(tag);
    if (at === undefined) throw new Error(`not a TrueType font with outlines: no ${tag} table`);
    return at;
  }

  /** The Unicode character map, preferring the full-repertoire subtable as fontkit does. */
  private cmap(): (cp: number) => number {
    const { buf } = this;
    const cmap = this.table('cmap');
    const subtables = new Map<string, number>();
    for (let i = 0; i < buf.readUInt16BE(cmap + 2); i += 1) {
      const at = cmap + 4 + 8 * i;
      subtables.set(`${buf.readUInt16BE(at)}/${buf.readUInt16BE(at + 2)}`, cmap + buf.readUInt32BE(at + 4));
    }
    for (const key of ['3/10', '0/6', '0/4', '3/1', '0/3']) {
      const at = subtables.get(key);
      if (at === undefined) continue;
      const format = buf.readUInt16BE(at);
      if (format === 12) return segmentedCoverage(buf, at);
      if (format === 4) return segmentMapping(buf, at);
    }
    throw new Error('not a TrueType font with outlines: no Unicode character map');
  }

  hasGlyphForCodePoint(codePoint: number): boolean {
    return this.lookup(codePoint) !== 0;
  }

  glyphsForString(text: string): OutlineGlyph[] {
    const out: OutlineGlyph[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (!isVariationSelector(cp)) out.push(this.glyph(this.lookup(cp)));
    }
    return out;
  }

  private glyph(id: number): OutlineGlyph {
    let glyph = this.glyphs.get(id);
    if (!glyph) {
      const hmtx = this.table('hmtx');
      const advanceWidth = this.buf.readUInt16BE(hmtx + 4 * Math.min(id, this.hMetrics - 1));
      glyph = { id, advanceWidth, path: { commands: toPath(this.contours(id)) } };
      this.glyphs.set(id, glyph);
    }
    return glyph;
  }

  private offset(id: number): number {
    const loca = this.table('loca');
    return this.longLoca ? this.buf.readUInt32BE(loca + 4 * id) : this.buf.readUInt16BE(loca + 2 * id) * 2;
  }

  /** The glyph's contours (points in font units); components of a composite glyph placed as fontkit places them. */
  private contours(id: number, depth = 0): Point[][] {
    if (id >= this.numGlyphs || depth > 8) return [];
    const start = this.offset(id);
    if (start === this.offset(id + 1)) return [];
    const { buf } = this;
    const at = this.table('glyf') + start;
    const count = buf.readInt16BE(at);
    return count >= 0 ? simpleContours(buf, at, count) : this.compositeContours(at + 10, depth);
  }

  private compositeContours(at: number, depth: number): Point[][] {
    const { buf } = this;
    const out: Point[][] = [];
    let flags = MORE_COMPONENTS;
    let p = at;
    while (flags & MORE_COMPONENTS) {
      flags = buf.readUInt16BE(p);
      const id = buf.readUInt16BE(p + 2);
      p += 4;
      // fontkit reads the two arguments as an offset whatever the flags say (no point matching); so does this.
      const words = flags & ARGS_ARE_WORDS;
      const dx = words ? buf.readInt16BE(p) : buf.readInt8(p);
      const dy = words ? buf.readInt16BE(p + 2) : buf.readInt8(p + 1);
      p += words ? 4 : 2;
      let [sx, s01, s10, sy] = [1, 0, 0, 1];
      if (flags & HAS_SCALE) {
        sx = sy = f2dot14(buf, p);
        p += 2;
      } else if (flags & HAS_XY_SCALE) {
        [sx, sy] = [f2dot14(buf, p), f2dot14(buf, p + 2)];
        p += 4;
      } else if (flags & HAS_2X2) {
        [sx, s01, s10, sy] = [f2dot14(buf, p), f2dot14(buf, p + 2), f2dot14(buf, p + 4), f2dot14(buf, p + 6)];
        p += 8;
      }
      for (const contour of this.contours(id, depth + 1)) {
        out.push(contour.map((q) => ({ x: q.x * sx + q.y * s01 + dx, y: q.y * sy + q.x * s10 + dy, on: q.on })));
      }
    }
    return out;
  }
}

function simpleContours(buf: Buffer, at: number, count: number): Point[][] {
  const ends: number[] = [];
  for (let i = 0; i < count; i += 1) ends.push(buf.readUInt16BE(at + 10 + 2 * i));
  let p = at + 10 + 2 * count;
  p += 2 + buf.readUInt16BE(p); // instructions
  const total = count === 0 ? 0 : ends[count - 1]! + 1;
  const flags: number[] = [];
  while (flags.length < total) {
    const flag = buf[p++]!;
    flags.push(flag);
    if (flag & REPEAT) for (let n = buf[p++]!; n > 0; n -= 1) flags.push(flag);
  }
  const xs: number[] = [];
  let x = 0;
  for (const flag of flags) {
    if (flag & X_SHORT) x += flag & SAME_X ? buf[p++]! : -buf[p++]!;
    else if (!(flag & SAME_X)) {
      x += buf.readInt16BE(p);
      p += 2;
    }
    xs.push(x);
  }
  const contours: Point[][] = [];
  let y = 0;
  let current: Point[] = [];
  let contour = 0;
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!;
    if (flag & Y_SHORT) y += flag & SAME_Y ? buf[p++]! : -buf[p++]!;
    else if (!(flag & SAME_Y)) {
      y += buf.readInt16BE(p);
      p += 2;
    }
    current.push({ x: xs[i]!, y, on: (flag & ON_CURVE) !== 0 });
    if (i === ends[contour]) {
      contours.push(current);
      current = [];
      while (ends[contour] !== undefined && ends[contour]! <= i) contour += 1;
    }
  }
  return contours;
}

/** Contours to path commands, exactly as fontkit's TTFGlyph._getPath writes them. */
function toPath(contours: readonly Point[][]): PathCommand[] {
  const out: PathCommand[] = [];
  for (const contour of contours) {
    let first = contour[0]!;
    const last = contour[contour.length - 1]!;
    let curve: Point | undefined;
    let from = 0;
    if (first.on) from = 1;
    else {
      first = last.on ? last : { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2, on: false };
      curve = first;
    }
    out.push({ command: 'moveTo', args: [first.x, first.y] });
    for (let j = from; j < contour.length; j += 1) {
      const pt = contour[j]!;
      const prev = j === 0 ? first : contour[j - 1]!;
      if (prev.on && pt.on) out.push({ command: 'lineTo', args: [pt.x, pt.y] });
      else if (prev.on) curve = pt;
      else if (!pt.on) {
        out.push({ command: 'quadraticCurveTo', args: [prev.x, prev.y, (prev.x + pt.x) / 2, (prev.y + pt.y) / 2] });
        curve = pt;
      } else {
        out.push({ command: 'quadraticCurveTo', args: [curve!.x, curve!.y, pt.x, pt.y] });
        curve = undefined;
      }
    }
    if (curve) out.push({ command: 'quadraticCurveTo', args: [curve.x, curve.y, first.x, first.y] });
    out.push({ command: 'closePath', args: [] });
  }
  return out;
}

/** cmap format 12: groups of consecutive code points, binary-searched. */
function segmentedCoverage(buf: Buffer, at: number): (cp: number) => number {
  const groups = buf.readUInt32BE(at + 12);
  return (cp) => {
    let [lo, hi] = [0, groups - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + 12 * mid;
      if (cp < buf.readUInt32BE(g)) hi = mid - 1;
      else if (cp > buf.readUInt32BE(g + 4)) lo = mid + 1;
      else return buf.readUInt32BE(g + 8) + cp - buf.readUInt32BE(g);
    }
    return 0;
  };
}

/** cmap format 4: segments of the Basic Multilingual Plane. */
function segmentMapping(buf: Buffer, at: number): (cp: number) => number {
  const segments = buf.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const ranges = deltas + 2 * segments;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i += 1) {
      if (cp > buf.readUInt16BE(ends + 2 * i)) continue;
      const start = buf.readUInt16BE(starts + 2 * i);
      if (cp < start) return 0;
      const delta = buf.readUInt16BE(deltas + 2 * i);
      const range = buf.readUInt16BE(ranges + 2 * i);
      if (range === 0) return (cp + delta) & 0xffff;
      const id = buf.readUInt16BE(ranges + 2 * i + range + 2 * (cp - start));
      return id === 0 ? 0 : (id + delta) & 0xffff;
    }
    return 0;
  };
}

/** A face over the bytes of a static TrueType font; throws on a font without glyf outlines or a Unicode cmap. */
export function trueTypeFace(bytes: Buffer): OutlineFace {
  return new TrueTypeFace(bytes);
}
