// Turning the text of a Markdown line into the value it stands for.
// Text is taken literally (no emphasis or links: a journey map shows plain words), except for
// CommonMark backslash escapes, and a value written as a JSON string ("…") is decoded: that is
// the escape hatch for line breaks and leading or trailing spaces, and it matches YAML's quoting.
import type { Span } from '../../diagnostics/diagnostic.js';

/** A stretch of source text and where it was written. */
export interface Piece {
  text: string;
  span: Span;
}

const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
export const unescapeMarkdown = (raw: string): string => raw.replace(ESCAPABLE, '$1');

/** The JSON string a value holds when it is one, e.g. `"  padded\nvalue"`; undefined otherwise. */
export function jsonString(raw: string): string | undefined {
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The string a raw value stands for. */
export const decodeText = (raw: string): string => jsonString(raw) ?? unescapeMarkdown(raw);

// Han, kana, hangul and CJK punctuation: scripts written without spaces between words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Joins two lines of one paragraph as a reader sees them: with a space, as Markdown renders a
 * soft line break, except between CJK characters, where a space would be a visible gap.
 */
export const joinSoft = (before: string, after: string): string => before + softSeparator(before, after) + after;

/**
 * What joinSoft puts between `before` and `after`: '' or ' '. Only the end of `before` matters, so
 * a paragraph of many lines is joined by passing its last line here, never the growing paragraph
 * (reading the end of a long concatenated string copies it whole: 80,000 lines took 15 s).
 */
export function softSeparator(before: string, after: string): '' | ' ' {
  if (before === '' || after === '') return '';
  const end = before.length - 1;
  const code = before.charCodeAt(end);
  const last = String.fromCodePoint(before.codePointAt(code >= 0xdc00 && code <= 0xdfff && end > 0 ? end - 1 : end) ?? 32);
  const first = String.fromCodePoint(after.codePointAt(0) ?? 32);
  return CJK.test(last) && CJK.test(first) ? '' : ' ';
}

export const span = (line: number, column: number, endLine: number, endColumn: number): Span => ({ line, column, endLine, endColumn });

/** The span covering `from` to `to`. */
export const cover = (from: Span, to: Span): Span => span(from.line, from.column, to.endLine, to.endColumn);
