// A pain or an opportunity with attributes, written after its text in braces like a heading's
// `{#id}`: `- pain: 等太久 {#wait severity=high evidence=survey,interviews}`. The braces open at
// the item's last `{` (after a space) and close at its end; inside are `#id` and `key=value`
// separated by spaces, a value bare or a JSON string ("…") when it holds spaces. An item whose
// braces hold neither `#` nor `key=` first is plain text ending in braces.
import type { Span } from '../../diagnostics/diagnostic.js';
import { closest } from '../../diagnostics/suggest.js';
import type { DataPath } from '../source.js';
import type { BuildContext } from './context.js';
import { setOwn } from './context.js';
import { mdProblems } from './problems.js';
import type { Piece } from './text.js';
import { decodeText, jsonString, span } from './text.js';

export type ItemKind = 'pain' | 'opportunity';

/** Attribute keys by item kind, in the order `cjm convert` writes them. */
export const ITEM_ATTRIBUTES: Readonly<Record<ItemKind, readonly string[]>> = {
  pain: ['id', 'severity', 'evidence'],
  opportunity: ['id', 'status', 'owner', 'link', 'addresses', 'evidence'],
};
const LISTS = ['evidence', 'addresses'];

/** Whether the text inside braces is meant as attributes (the writer escapes braces that would be). */
export const looksLikeAttributes = (inner: string): boolean => /^[ \t]*(?:#|[A-Za-z][A-Za-z0-9_-]*=)/.test(inner);

/** The part of `piece` from code unit `start` to `end`; the whole piece when it spans lines (columns are not known then). */
export function part(piece: Piece, start: number, end: number): Piece {
  const { line, column, endLine } = piece.span;
  const text = piece.text.slice(start, end);
  return { text, span: line === endLine ? span(line, column + start, line, column + end) : piece.span };
}

/** Ids separated by commas (`,` `，` `、`), each with where it was written; a JSON string is split once decoded. */
export function splitIds(raw: Piece): Piece[] {
  const quoted = jsonString(raw.text);
  if (quoted !== undefined) return quoted.split(/[,，、]/).flatMap((id) => (id.trim() === '' ? [] : [{ text: id.trim(), span: raw.span }]));
  const out: Piece[] = [];
  const separator = /[,，、]/g;
  let start = 0;
  for (;;) {
    const found = separator.exec(raw.text);
    const end = found ? found.index : raw.text.length;
    const chunk = raw.text.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const text = chunk.trim();
    if (text !== '') out.push({ ...part(raw, start + lead, start + lead + text.length), text: decodeText(text) });
    if (!found) return out;
    start = end + found[0].length;
  }
}

interface Token {
  key: Piece;
  value: Piece;
  /** The value decoded (JSON strings) and unescaped. */
  text: string;
}

/** The tokens between the braces, or the first piece that is not a token. */
function tokens(inner: Piece): Token[] | Piece {
  const s = inner.text;
  const out: Token[] = [];
  const KEY = /[A-Za-z][A-Za-z0-9_-]*=/y;
  const wordEnd = (from: number): number => {
    let j = from;
    while (j < s.length && s[j] !== ' ' && s[j] !== '\t') j += 1;
    return j;
  };
  let i = 0;
  while (i < s.length) {
    if (s[i] === ' ' || s[i] === '\t') {
      i += 1;
      continue;
    }
    const start = i;
    if (s[i] === '#') {
      const end = wordEnd(i + 1);
      out.push({ key: { ...part(inner, i, i + 1), text: 'id' }, value: part(inner, i + 1, end), text: s.slice(i + 1, end) });
      i = end;
      continue;
    }
    KEY.lastIndex = i;
    const key = KEY.exec(s);
    if (!key) return part(inner, start, wordEnd(i));
    const valueStart = i + key[0].length;
    let end = wordEnd(valueStart);
    if (s[valueStart] === '"') {
      // A JSON string may hold spaces: it runs to the first quote that no backslash escapes.
      let j = valueStart + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      end = j + 1;
      if (end > s.length || (end < s.length && s[end] !== ' ' && s[end] !== '\t')) return part(inner, start, wordEnd(end));
    }
    const value = part(inner, valueStart, end);
    const text = jsonString(value.text);
    if (s[valueStart] === '"' && text === undefined) return part(inner, start, end);
    out.push({ key: part(inner, i, i + key[0].length - 1), value, text: text ?? decodeText(value.text) });
    i = end;
  }
  return out;
}

/** The item's text and the braces after it, when it has them. */
function splitBraces(content: Piece): { text: Piece; inner?: Piece } {
  const raw = content.text;
  const open = raw.lastIndexOf('{');
  if (!raw.endsWith('}') || open < 0 || (open > 0 && raw[open - 1] !== ' ' && raw[open - 1] !== '\t')) return { text: content };
  const inner = part(content, open + 1, raw.length - 1);
  if (!looksLikeAttributes(inner.text)) return { text: content };
  const text = raw.slice(0, open).trimEnd();
  return { text: part(content, 0, text.length), inner };
}

/** One pain or opportunity at `path`: a string, or an object when it has attributes. */
export function readItem(ctx: BuildContext, kind: ItemKind, content: Piece, path: DataPath): unknown {
  ctx.positions.set(path, content.span);
  const { text, inner } = splitBraces(content);
  if (!inner) return decodeText(content.text);
  const item: Record<string, unknown> = { text: decodeText(text.text) };
  ctx.positions.set([...path, 'text'], text.span);
  const found = tokens(inner);
  if (!Array.isArray(found)) {
    ctx.report(mdProblems.attributeFormat(found.text), found.span);
    return item;
  }
  const allowed = ITEM_ATTRIBUTES[kind];
  const seen = new Map<string, Span>();
  for (const { key, value, text: valueText } of found) {
    const name = key.text.toLowerCase();
    if (!allowed.includes(name)) {
      ctx.report(mdProblems.unknownAttribute(key.text, kind, closest(key.text, allowed), allowed), key.span);
    } else if (seen.has(name)) {
      ctx.report(mdProblems.duplicateAttribute(name), key.span);
    } else {
      seen.set(name, key.span);
      ctx.positions.set([...path, name], value.span, key.span);
      if (LISTS.includes(name)) {
        const ids = splitIds(value);
        ids.forEach((id, i) => {
          ctx.positions.set([...path, name, i], id.span);
        });
        setOwn(
          item,
          name,
          ids.map((id) => id.text),
        );
      } else setOwn(item, name, valueText);
    }
  }
  return item;
}
