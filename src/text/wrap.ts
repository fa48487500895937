// Greedy line breaking for mixed Chinese/Latin text: between words for Latin, between any two
// characters for CJK, with kinsoku (closing punctuation never starts a line, opening never ends one).
// Works on grapheme clusters so emoji sequences, combining marks and surrogate pairs stay whole.
import type { FontWeight, Measurer } from './measurer.js';
import { graphemes } from './graphemes.js';

export interface WrappedLine {
  readonly text: string;
  /** The measurer's width of `text`. */
  readonly width: number;
}

/** Never start a line (closing brackets and punctuation, small kana, prolonged sound mark). */
const CLOSING = new Set([
  ...'、。，．！？：；）」』】〉》〕〗〙〛｝］｣､｡…‥ー・々〻ゝゞヽヾ〜～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...'’”»›,.!?)]}:;%％°℃‰′″¢',
]);
/** Never end a line (opening brackets and quotes). */
const OPENING = new Set([...'「『（【〈《〔〖〘〚｛［｢‘“«‹([{']);
/** Latin words may break after these when they join two non-space runs ("and/or", "check-in"). */
const BREAK_AFTER = new Set(['-', '/', '\u2010', '\u2013']);
/** Long unbroken strings (URLs) prefer to break after these before falling back to any grapheme. */
const URL_BREAK_AFTER = new Set([...'/.-?&=_']);
/** A URL break is preferred only if it fills at least this share of the line; else break anywhere. */
const URL_MIN_FILL = 0.5;

const COLLAPSIBLE = /[ \t]{2,}|\t|^ | $/;
const PARAGRAPH_SPLIT = /\r\n|[\n\r\v\f\u2028\u2029]/;

/** Han, kana, Hangul, Bopomofo, CJK punctuation, fullwidth forms, emoji: breakable on both sides. */
function isCjkGrapheme(g: string): boolean {
  const cp = g.codePointAt(0)!;
  if (cp < 0x1100) return false;
  if (g.length > 1 && (g.includes('\uFE0F') || g.includes('\u200D'))) return true;
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

/** One paragraph cut into graphemes, with prefix widths and the allowed break positions. */
interface Paragraph {
  readonly text: string;
  readonly g: readonly string[];
  /** UTF-16 offset of each grapheme, plus the text length at the end. */
  readonly offset: Uint32Array;
  /** prefix[i] = summed width of graphemes before i. */
  readonly prefix: Float64Array;
  /** breakAt[i]: 1 = a line may end before grapheme i (normal), 2 = only as a URL fallback. */
  readonly breakAt: Uint8Array;
}

const isSpace = (g: string | undefined): boolean => g === ' ';

/** Kinsoku: may a line end with `last` and the next start with `first`? */
function kinsokuAllows(last: string | undefined, first: string | undefined): boolean {
  return !(first !== undefined && CLOSING.has(first)) && !(last !== undefined && OPENING.has(last));
}

function breakKind(g: readonly string[], i: number): number {
  const a = g[i - 1]!;
  const b = g[i]!;
  if (isSpace(b)) return 0; // decided at the first non-space after the run
  if (isSpace(a)) {
    let j = i - 1;
    while (j > 0 && isSpace(g[j])) j -= 1;
    return kinsokuAllows(g[j], b) ? 1 : 0;
  }
  if (!kinsokuAllows(a, b) || (a === '—' && b === '—')) return 0;
  if (isCjkGrapheme(a) || isCjkGrapheme(b)) return 1;
  if (BREAK_AFTER.has(a) && !BREAK_AFTER.has(b) && i >= 2 && !isSpace(g[i - 2])) return 1;
  if (URL_BREAK_AFTER.has(a) && !URL_BREAK_AFTER.has(b)) return 2;
  return 0;
}

function prepare(text: string, fontSize: number, weight: FontWeight, measurer: Measurer): Paragraph {
  const g = graphemes(text);
  const n = g.length;
  const offset = new Uint32Array(n + 1);
  const prefix = new Float64Array(n + 1);
  const breakAt = new Uint8Array(n + 1);
  for (let i = 0; i < n; i += 1) {
    const s = g[i]!;
    offset[i + 1] = offset[i]! + s.length;
    prefix[i + 1] = prefix[i]! + (isSpace(s) ? measurer.width(' ', fontSize, weight) : measurer.width(s, fontSize, weight));
    if (i > 0) breakAt[i] = breakKind(g, i);
  }
  return { text, g, offset, prefix, breakAt };
}

/** First non-space grapheme at or after i. */
function skipSpaces(p: Paragraph, i: number): number {
  while (i < p.g.length && isSpace(p.g[i])) i += 1;
  return i;
}

/** End of the line that breaks before i, trailing spaces dropped. */
function trimEnd(p: Paragraph, i: number): number {
  while (i > 0 && isSpace(p.g[i - 1])) i -= 1;
  return i;
}

/** No allowed break fits: cut at the grapheme that overflows, stepping back to respect kinsoku. */
function forcedBreak(p: Paragraph, start: number, overflow: number): number {
  if (overflow <= start) return start + 1; // a single grapheme wider than the line goes alone
  const bad = (k: number): boolean => !kinsokuAllows(p.g[trimEnd(p, k) - 1], p.g[skipSpaces(p, k)]);
  let k = overflow;
  while (k > start + 1 && bad(k)) k -= 1;
  return bad(k) ? overflow : k;
}

/** Where the line starting at `start` should break, or the paragraph end if the rest fits. */
function chooseBreak(p: Paragraph, start: number, maxWidth: number): number {
  let lastBreak = -1;
  let lastUrl = -1;
  for (let i = start; i < p.g.length; i += 1) {
    if (i > start && p.breakAt[i] === 1) lastBreak = i;
    if (i > start && p.breakAt[i] === 2) lastUrl = i;
    if (isSpace(p.g[i]) || p.prefix[i + 1]! - p.prefix[start]! <= maxWidth) continue;
    if (lastBreak > start) return lastBreak;
    if (lastUrl > start && p.prefix[lastUrl]! - p.prefix[start]! >= URL_MIN_FILL * maxWidth) return lastUrl;
    return forcedBreak(p, start, i);
  }
  return p.g.length;
}

/** A line as a grapheme range [start, end) of its paragraph. */
interface Span {
  start: number;
  end: number;
}

/**
 * No orphans: a CJK paragraph of two or more lines must not end with one character alone (單, 兒).
 * Moves the fewest graphemes of the line before down to join it, at a break kinsoku allows, if the
 * new last line fits; when none does (a line one character wide) the lines stay as they are.
 */
function balanceOrphan(p: Paragraph, spans: Span[], fits: (start: number, end: number) => boolean): void {
  const last = spans[spans.length - 1];
  const prev = spans[spans.length - 2];
  if (!last || !prev || last.end - last.start !== 1 || !isCjkGrapheme(p.g[last.start]!)) return;
  for (let k = prev.end - 1; k > prev.start; k -= 1) {
    const end = trimEnd(p, k);
    if (p.breakAt[k] !== 1 || end <= prev.start) continue;
    const start = skipSpaces(p, k);
    if (!fits(start, last.end)) return; // moving more down only makes the last line wider
    prev.end = end;
    last.start = start;
    return;
  }
}

function wrapParagraph(text: string, maxWidth: number, fontSize: number, weight: FontWeight, measurer: Measurer, out: WrappedLine[]): void {
  const p = prepare(text, fontSize, weight, measurer);
  const widthOf = (start: number, end: number): number => measurer.width(text.slice(p.offset[start], p.offset[end]), fontSize, weight);
  const spans: Span[] = [];
  let start = skipSpaces(p, 0);
  while (start < p.g.length) {
    let end = trimEnd(p, chooseBreak(p, start, maxWidth));
    // The measurer has the last word (a custom one may kern): shorten until it agrees the line fits.
    while (widthOf(start, end) > maxWidth && end - start > 1) end = trimEnd(p, end - 1);
    spans.push({ start, end });
    start = skipSpaces(p, end);
  }
  balanceOrphan(p, spans, (s, e) => widthOf(s, e) <= maxWidth);
  for (const { start: s, end: e } of spans) out.push({ text: text.slice(p.offset[s], p.offset[e]), width: widthOf(s, e) });
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (unless one grapheme alone is wider).
 * Explicit newlines are kept (a run of blank lines becomes one empty line); runs of spaces and tabs
 * collapse to one space; lines never start or end with a space. An empty string gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight, measurer: Measurer): WrappedLine[] {
  const out: WrappedLine[] = [];
  if (!PARAGRAPH_SPLIT.test(text) && !COLLAPSIBLE.test(text)) {
    if (text === '') return out;
    const width = measurer.width(text, fontSize, weight);
    if (width <= maxWidth) return [{ text, width }];
    wrapParagraph(text, maxWidth, fontSize, weight, measurer, out);
    return out;
  }
  let blank = false;
  for (const raw of text.split(PARAGRAPH_SPLIT)) {
    const para = raw.replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
    if (para === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push({ text: '', width: 0 });
    blank = false;
    wrapParagraph(para, maxWidth, fontSize, weight, measurer, out);
  }
  return out;
}
