// Which `key: value` bullets a stage or a touchpoint accepts, and how a bullet's key is read.
import type { Piece } from './text.js';
import { span } from './text.js';

export type FieldKind = 'text' | 'list' | 'emotion' | 'metrics';

export interface FieldRule {
  /** The spec field it fills. */
  field: string;
  kind: FieldKind;
}

const text = (field: string): FieldRule => ({ field, kind: 'text' });
const list = (field: string): FieldRule => ({ field, kind: 'list' });

const SHARED: Record<string, FieldRule> = {
  id: text('id'),
  description: text('description'),
  pain: list('pains'),
  pains: list('pains'),
  opportunity: list('opportunities'),
  opportunities: list('opportunities'),
};

export const STAGE_FIELDS: Readonly<Record<string, FieldRule>> = SHARED;

export const TOUCHPOINT_FIELDS: Readonly<Record<string, FieldRule>> = {
  ...SHARED,
  channel: text('channel'),
  when: text('when'),
  action: text('action'),
  thought: text('thought'),
  feeling: text('feeling'),
  emotion: { field: 'emotion', kind: 'emotion' },
  owner: text('owner'),
  metrics: { field: 'metrics', kind: 'metrics' },
  frontstage: text('frontstage'),
  backstage: text('backstage'),
  support: text('support'),
};

/** `key:` at the start of a bullet; `**key:**`, `**key**:` and a full-width `：` are accepted too. */
const KEY = /^(?:(\*\*|__)([A-Za-z][A-Za-z0-9_-]*)(?:\1[ \t]*[:：]|[ \t]*[:：]\1)|([A-Za-z][A-Za-z0-9_-]*)[ \t]*[:：])[ \t]*/;

export interface KeyedItem {
  key: Piece;
  /** Raw (still escaped) value text; may be empty. */
  value: Piece;
}

/** Splits a bullet's text into key and value, or undefined when it does not start with `key:`. */
export function splitKey(content: Piece): KeyedItem | undefined {
  const match = KEY.exec(content.text);
  if (!match) return undefined;
  const { line, column, endLine, endColumn } = content.span;
  const keyText = match[2] ?? match[3] ?? '';
  const keyStart = column + match[0].indexOf(keyText);
  const valueColumn = column + match[0].length;
  return {
    key: { text: keyText, span: span(line, keyStart, line, keyStart + keyText.length) },
    value: {
      text: content.text.slice(match[0].length),
      span: valueColumn >= endColumn && endLine === line ? span(line, valueColumn, line, valueColumn) : span(line, valueColumn, endLine, endColumn),
    },
  };
}
