// A source line as a terminal shows it: one cell per code point with its width in columns.
// Diagnostic columns count code points, so a caret can be placed under CJK (2 columns wide),
// emoji, combining marks (0 wide) and tabs alike.
export interface Cell {
  /** What to print for this code point (control characters made visible, tabs expanded). */
  text: string;
  width: number;
}

const TAB = '    ';
// Bidirectional controls can reorder what a terminal shows ("trojan source"): show a marker instead.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F]/u;
const EMOJI = /\p{Emoji_Presentation}/u;

// East Asian Wide and Fullwidth blocks (Unicode UAX #11), the ones a map is likely to contain.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const isWide = (cp: number): boolean => WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Columns a terminal gives one code point. */
export function charWidth(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(char)) return 0;
  return isWide(cp) || EMOJI.test(char) ? 2 : 1;
}

function cellOf(char: string): Cell {
  const cp = char.codePointAt(0) ?? 0;
  if (char === '\t') return { text: TAB, width: TAB.length };
  // C0 controls and DEL become their Control Pictures (U+2400…); C1 controls and bidi controls U+FFFD.
  if (cp < 0x20) return { text: String.fromCodePoint(0x2400 + cp), width: 1 };
  if (cp === 0x7f) return { text: '\u2421', width: 1 };
  if ((cp >= 0x80 && cp < 0xa0) || BIDI.test(char)) return { text: '\uFFFD', width: 1 };
  return { text: char, width: charWidth(char) };
}

export const cellsOf = (line: string): Cell[] => Array.from(line, cellOf);

/** Text safe to print: control and bidi characters made visible, widths kept. */
export const printable = (text: string): string =>
  cellsOf(text)
    .map((c) => c.text)
    .join('');

export const widthOf = (cells: readonly Cell[]): number => cells.reduce((sum, c) => sum + c.width, 0);
