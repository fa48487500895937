// Writing text so the Markdown reader (src/parse/markdown) gives back exactly the same string.
// Plain text is written as is; only what the reader would take for structure gets a backslash,
// and what Markdown cannot hold on one line (line breaks, edge spaces, empty text) becomes a
// JSON string, which the reader decodes.

/** Text that does not survive as a bare one-line value. */
const needsJson = (s: string): boolean => s === '' || s !== s.trim() || /[\u0000-\u001f\u007f\u2028\u2029]/.test(s);

/** A backslash before ASCII punctuation would be read as an escape: double it. */
const escapeBackslashes = (s: string): string => s.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');

/** Characters that start a heading, list, quote, fence, comment, table or break at the start of a line. */
const LINE_START = /^(?:[#*+\->|<=_~`"]|\d{1,9}[.)])/;

function escapeStart(s: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(s);
  if (ordered) return `${ordered[1]}\\${s.slice((ordered[1] ?? '').length)}`;
  return LINE_START.test(s) ? `\\${s}` : s;
}

/** The value after `- key: `: only a leading quote could be misread (as a JSON string). */
export const fieldText = (s: string): string => (needsJson(s) ? JSON.stringify(s) : escapeBackslashes(s).replace(/^"/, '\\"'));

/** A nested list item: leading markers escaped too, so GitHub does not render a sub-list. */
export const inlineText = (s: string): string => (needsJson(s) ? JSON.stringify(s) : escapeStart(escapeBackslashes(s)));

/** A metric value: numbers bare, text that would read as a number quoted. */
export const metricValue = (v: number | string): string =>
  typeof v === 'number' ? formatNumber(v) : /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(v) ? JSON.stringify(v) : fieldText(v);

/** A metric name, quoted when it holds the colon that ends it. */
export const metricName = (s: string): string => (/[:：]/.test(s) ? JSON.stringify(s) : inlineText(s));

/** Numbers as the reader parses them back, -0 included. */
export const formatNumber = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

/** Heading text before the ` {#id}` that toMarkdown always appends. */
export function headingText(s: string): string {
  if (needsJson(s)) return JSON.stringify(s);
  return escapeBackslashes(s)
    .replace(/^"/, '\\"')
    .replace(/(^|[ \t])(#+[ \t]*)$/, '$1\\$2')
    .replace(/(^|[ \t])(\{[ \t]*#[^\s}]*[ \t]*\}[ \t]*)$/, '$1\\$2');
}

/**
 * A description as paragraphs, one line each, when it is made of clean paragraphs separated by
 * one blank line; undefined when it must be written as a `description:` bullet instead.
 */
export function paragraphs(s: string): string[] | undefined {
  const parts = s.split('\n\n');
  if (parts.some((p) => needsJson(p) || /[\n\r]/.test(p))) return undefined;
  return parts.map((p) => escapeStart(escapeBackslashes(p)));
}
