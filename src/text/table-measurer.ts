// Measures text from the committed Noto Sans TC advance table (metrics-data.ts): no font file is
// opened at run time, so an SVG build stays inside the start-up budget.
import type { FontWeight, Measurer } from './measurer.js';
import { graphemes } from './graphemes.js';
import {
  ASCENT,
  BOLD_RUNS,
  DESCENT,
  EMOJI_PRESENTATION_RANGES,
  NORMAL_RUNS,
  UNIFORM_ADVANCE,
  UNIFORM_BLOCKS,
  UNITS_PER_EM,
  WIDE_RANGES,
  ZERO_WIDTH_RANGES,
} from './metrics-data.js';

/**
 * Viewers' browsers draw our SVG with whatever font of the stack they have (PingFang TC, Microsoft
 * JhengHei, system-ui …); their Latin glyphs run up to ~10–15% wider than Noto Sans TC's. Non-CJK
 * advances are scaled by this factor so text never overflows a cell; CJK stays exactly 1 em.
 */
export const BROWSER_SAFETY_FACTOR = 1.12;
/** Emoji come from the viewer's colour emoji font (Noto Color Emoji ≈ 1.25 em, Apple ≈ 1.2 em). */
export const EMOJI_EM = 1.25;
/** Code points the font lacks and that are not East Asian wide: wider than most Latin letters. */
export const UNKNOWN_NARROW_EM = 0.65;

const EMOJI_UNITS = Math.round(EMOJI_EM * UNITS_PER_EM);
const UNKNOWN_UNITS = Math.round(UNKNOWN_NARROW_EM * UNITS_PER_EM);
// Flags per BMP code unit.
const EXACT = 1; // never scaled by the safety factor (CJK, emoji)
const SLOW = 2; // needs grapheme segmentation: surrogates, ZWJ, VS16, keycap

/** Read-only lookup tables, built once at import from the committed data (no state changes after). */
interface Tables {
  readonly normal: Uint16Array;
  readonly bold: Uint16Array;
  readonly flags: Uint8Array;
  readonly astralNormal: ReadonlyMap<number, number>;
  readonly astralBold: ReadonlyMap<number, number>;
}

function forRanges(pairs: readonly number[], fn: (start: number, end: number) => void): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) fn(pairs[i]!, pairs[i + 1]!);
}

function inRanges(pairs: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = pairs.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < pairs[mid * 2]!) hi = mid - 1;
    else if (cp > pairs[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function buildAdvances(runs: readonly number[]): { bmp: Uint16Array; astral: Map<number, number> } {
  const bmp = new Uint16Array(0x10000).fill(UNKNOWN_UNITS);
  forRanges(WIDE_RANGES, (a, b) => bmp.fill(UNITS_PER_EM, a, Math.min(b, 0xffff) + 1));
  forRanges(UNIFORM_BLOCKS, (a, b) => {
    if (a <= 0xffff) bmp.fill(UNIFORM_ADVANCE, a, Math.min(b, 0xffff) + 1);
  });
  const astral = new Map<number, number>();
  let cp = -1;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    cp += runs[i]! + 1;
    const end = cp + runs[i + 1]! - 1;
    const advance = runs[i + 2]!;
    for (let c = cp; c <= end; c += 1) {
      if (c <= 0xffff) bmp[c] = advance;
      else astral.set(c, advance);
    }
    cp = end;
  }
  // Marks ride on their base, format controls are invisible: whatever the font says, no advance.
  forRanges(ZERO_WIDTH_RANGES, (a, b) => {
    if (a <= 0xffff) bmp.fill(0, a, Math.min(b, 0xffff) + 1);
  });
  forRanges(EMOJI_PRESENTATION_RANGES, (a, b) => {
    if (a <= 0xffff) bmp.fill(EMOJI_UNITS, a, Math.min(b, 0xffff) + 1);
  });
  return { bmp, astral };
}

function buildTables(): Tables {
  const normal = buildAdvances(NORMAL_RUNS);
  const bold = buildAdvances(BOLD_RUNS);
  const flags = new Uint8Array(0x10000);
  forRanges(WIDE_RANGES, (a, b) => {
    if (a <= 0xffff) flags.fill(EXACT, a, Math.min(b, 0xffff) + 1);
  });
  forRanges(EMOJI_PRESENTATION_RANGES, (a, b) => {
    if (a <= 0xffff) flags.fill(EXACT, a, Math.min(b, 0xffff) + 1);
  });
  flags.fill(SLOW, 0xd800, 0xe000);
  for (const cp of [0x200d, 0xfe0f, 0x20e3]) flags[cp] = SLOW;
  return { normal: normal.bmp, bold: bold.bmp, flags, astralNormal: normal.astral, astralBold: bold.astral };
}

const TABLES = buildTables();
// A grapheme drawn from the colour emoji font: presentation selector, keycap, flag, ZWJ sequence.
const EMOJI_GRAPHEME = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\p{Regional_Indicator}|\p{Extended_Pictographic}\u200D/u;

/** Width of one non-BMP code point in units, split into exact and scalable parts by the caller. */
function astralUnits(cp: number, astral: ReadonlyMap<number, number>): { units: number; exact: boolean } {
  const wide = inRanges(WIDE_RANGES, cp);
  const known = astral.get(cp);
  if (inRanges(ZERO_WIDTH_RANGES, cp)) return { units: 0, exact: true };
  if (known !== undefined) return { units: known, exact: wide };
  return wide ? { units: UNITS_PER_EM, exact: true } : { units: UNKNOWN_UNITS, exact: false };
}

/** Segmenting path for strings with surrogates, joiners or emoji selectors: [exact, scalable] units. */
function slowUnits(text: string, weight: FontWeight): [number, number] {
  const bmp = weight === 'bold' ? TABLES.bold : TABLES.normal;
  const astral = weight === 'bold' ? TABLES.astralBold : TABLES.astralNormal;
  let exact = 0;
  let scaled = 0;
  for (const segment of graphemes(text)) {
    if (EMOJI_GRAPHEME.test(segment)) {
      exact += EMOJI_UNITS;
      continue;
    }
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      if (cp <= 0xffff) {
        if (TABLES.flags[cp]! & EXACT) exact += bmp[cp]!;
        else scaled += bmp[cp]!;
      } else {
        const u = astralUnits(cp, astral);
        if (u.exact) exact += u.units;
        else scaled += u.units;
      }
    }
  }
  return [exact, scaled];
}

/** A measurer over the committed table; `factor` scales everything but CJK and emoji. */
export function createTableMeasurer(factor: number): Measurer {
  const unitsToEm = 1 / UNITS_PER_EM;
  const measure =
    (f: number) =>
    (text: string, fontSize: number, weight: FontWeight = 'normal'): number => {
      const bmp = weight === 'bold' ? TABLES.bold : TABLES.normal;
      const flags = TABLES.flags;
      let exact = 0;
      let scaled = 0;
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        const fl = flags[c]!;
        if (fl === 0) scaled += bmp[c]!;
        else if (fl === EXACT) exact += bmp[c]!;
        else {
          [exact, scaled] = slowUnits(text, weight);
          break;
        }
      }
      return (exact + scaled * f) * unitsToEm * fontSize;
    };
  const measurer: Measurer = { ascent: ASCENT / UNITS_PER_EM, descent: DESCENT / UNITS_PER_EM, width: measure(factor) };
  if (factor !== 1) measurer.advance = measure(1);
  return measurer;
}

/** Production measurer for layout: exact for CJK, conservative (×BROWSER_SAFETY_FACTOR) elsewhere. */
export const tableMeasurer: Measurer = createTableMeasurer(BROWSER_SAFETY_FACTOR);
/** The font's own advances (factor 1): for tests against fontkit and for the PDF, which embeds the font. */
export const fontTableMeasurer: Measurer = createTableMeasurer(1);
