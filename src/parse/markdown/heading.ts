// A heading's text: the name, and an optional `{#id}` at the end (Pandoc / kramdown syntax).
import type { Piece } from './text.js';
import { decodeText, span } from './text.js';

export interface HeadingParts {
  name?: Piece;
  id?: Piece;
}

const ATTRIBUTE = /(^|[ \t])\{[ \t]*#([^\s}]*)[ \t]*\}[ \t]*$/;
const CLOSING = /(^|[ \t])#+[ \t]*$/;

export function headingParts(content: Piece): HeadingParts {
  const { line, column } = content.span;
  let raw = content.text;
  let id: Piece | undefined;
  const attribute = ATTRIBUTE.exec(raw);
  if (attribute) {
    const idText = attribute[2] ?? '';
    const at = column + attribute.index + (attribute[1] ?? '').length + attribute[0].slice((attribute[1] ?? '').length).indexOf('#') + 1;
    id = { text: idText, span: span(line, at, line, at + idText.length) };
    raw = raw.slice(0, attribute.index);
  }
  raw = raw.replace(CLOSING, '').trimEnd();
  if (raw === '') return { id };
  return { name: { text: decodeText(raw), span: span(line, column, line, column + raw.length) }, id };
}
