// Which `key: value` bullets a stage or a touchpoint accepts, and how a bullet's key is read.
import type { Piece } from './text.js';
import { span } from './text.js';

/**
 * How a field's bullet and its nested items are read:
 * text: one value; items: pains or opportunities (repeatable, nested items, `{…}` attributes);
 * persona: one value, or a nested `persona-id: value` list (emotion also reads faces);
 * steps: a blueprint or custom lane (one text, repeatable, nested steps); ids: source ids
 * separated by commas; metrics and lanes: nested `name: value` lists.
 */
export type FieldKind = 'text' | 'items' | 'persona' | 'emotion' | 'steps' | 'ids' | 'metrics' | 'lanes';

export interface FieldRule {
  /** The spec field it fills. */
  field: string;
  kind: FieldKind;
}

const rule = (field: string, kind: FieldKind): FieldRule => ({ field, kind });

const SHARED: Record<string, FieldRule> = {
  id: rule('id', 'text'),
  description: rule('description', 'text'),
  pain: rule('pains', 'items'),
  pains: rule('pains', 'items'),
  opportunity: rule('opportunities', 'items'),
  opportunities: rule('opportunities', 'items'),
};

export const STAGE_FIELDS: Readonly<Record<string, FieldRule>> = SHARED;

/** Keyed by the lower-case key (keys are case-insensitive). */
export const TOUCHPOINT_FIELDS: Readonly<Record<string, FieldRule>> = {
  ...SHARED,
  channel: rule('channel', 'text'),
  when: rule('when', 'text'),
  action: rule('action', 'text'),
  thought: rule('thought', 'persona'),
  feeling: rule('feeling', 'persona'),
  emotion: rule('emotion', 'emotion'),
  evidence: rule('evidence', 'ids'),
  owner: rule('owner', 'text'),
  metrics: rule('metrics', 'metrics'),
  physicalevidence: rule('physicalEvidence', 'steps'),
  frontstage: rule('frontstage', 'steps'),
  backstage: rule('backstage', 'steps'),
  support: rule('support', 'steps'),
  lanes: rule('lanes', 'lanes'),
};

/** The keys of `rules` as the docs spell them (`physicalEvidence`, not the lower-case lookup key). */
export const keyNames = (rules: Readonly<Record<string, FieldRule>>): string[] =>
  Object.entries(rules).map(([key, r]) => (r.field.toLowerCase() === key ? r.field : key));

/** A declared custom lane that `- id: …` can fill directly: one whose id is no touchpoint key (those win). */
export const isDirectLane = (id: string): boolean => !Object.hasOwn(TOUCHPOINT_FIELDS, id.toLowerCase());

/** `key:` at the start of a bullet; `**key:**`, `**key**:` and a full-width `：` are accepted too. */
const KEY = /^(?:(\*\*|__)([A-Za-z][A-Za-z0-9_-]*)(?:\1[ \t]*[:：]|[ \t]*[:：]\1)|([A-Za-z][A-Za-z0-9_-]*)[ \t]*[:：])[ \t]*/;

/** An id as a key (a persona, a lane): any run of non-space characters before the colon, as ids may be in any script. */
const ID_KEY = /^(?:(\*\*|__)([^\s:：*_][^\s:：*]*?)(?:\1[ \t]*[:：]|[ \t]*[:：]\1)|([^\s:：]+)[ \t]*[:：])[ \t]*/;

export interface KeyedItem {
  key: Piece;
  /** Raw (still escaped) value text; may be empty. */
  value: Piece;
}

function split(pattern: RegExp, content: Piece): KeyedItem | undefined {
  const match = pattern.exec(content.text);
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

/** Splits a bullet's text into key and value, or undefined when it does not start with `key:`. */
export const splitKey = (content: Piece): KeyedItem | undefined => split(KEY, content);

/** Splits `mom: -1` or `指標: 42` (a persona or lane id, then its value). */
export const splitIdKey = (content: Piece): KeyedItem | undefined => split(ID_KEY, content);
