// The touchpoint fields of the Markdown format that take more than one line of text: pains and
// opportunities with `{…}` attributes, a value per persona, lane steps, custom lanes.
import type { Lane, Opportunity, Pain, PerPersona } from '../model/journey.js';
import { isByPersona } from '../model/per-persona.js';
import { ITEM_ATTRIBUTES, looksLikeAttributes } from '../parse/markdown/attributes.js';
import type { ItemKind } from '../parse/markdown/attributes.js';
import { isDirectLane } from '../parse/markdown/fields.js';
import { fieldText, inlineText } from './markdown-escape.js';

/** An attribute value: bare when the reader takes it back as is, else a JSON string without braces (they would end the attributes). */
function attributeValue(value: string): string {
  if (/^[^\s"{}\\]+$/.test(value)) return value;
  return JSON.stringify(value).replace(/[{}]/g, (brace) => (brace === '{' ? '\\u007b' : '\\u007d'));
}

/** `#wait severity=high evidence=survey,interviews`, or '' for an item with nothing but its text. */
function attributes(item: Pain | Opportunity, kind: ItemKind): string {
  const out: string[] = [];
  for (const key of ITEM_ATTRIBUTES[kind]) {
    const value = (item as unknown as Record<string, unknown>)[key];
    if (key === 'id' && typeof value === 'string') out.push(`#${value}`);
    else if (typeof value === 'string') out.push(`${key}=${attributeValue(value)}`);
    else if (Array.isArray(value) && value.length > 0) out.push(`${key}=${attributeValue(value.join(','))}`);
  }
  return out.join(' ');
}

/** Text ending in braces that the reader would take for attributes gets its last `{` escaped. */
function escapeBraces(written: string): string {
  const open = written.lastIndexOf('{');
  if (!written.endsWith('}') || open < 0 || (open > 0 && written[open - 1] !== ' ' && written[open - 1] !== '\t')) return written;
  return looksLikeAttributes(written.slice(open + 1, -1)) ? `${written.slice(0, open)}\\${written.slice(open)}` : written;
}

/** A pain or an opportunity after `- pain: ` (or as a nested item): its text, then its attributes in braces. */
function itemText(item: Pain | Opportunity, kind: ItemKind, nested: boolean): string {
  const text = nested ? inlineText(item.text) : fieldText(item.text);
  const attrs = attributes(item, kind);
  return attrs === '' ? escapeBraces(text) : `${text} {${attrs}}`;
}

/** `- pain: x` for one, a nested list for several. */
export function itemLines(kind: ItemKind, items: readonly (Pain | Opportunity)[]): string[] {
  const [singular, plural] = kind === 'pain' ? ['pain', 'pains'] : ['opportunity', 'opportunities'];
  if (items.length === 0) return [];
  if (items.length === 1) return [`- ${singular}: ${itemText(items[0]!, kind, false)}`];
  return [`- ${plural}:`, ...items.map((item) => `  - ${itemText(item, kind, true)}`)];
}

/**
 * `- thought: x` for every persona, or `- thought:` over `  - mom: x` lines; `{}` is an empty
 * mapping (so a thought that is the text `{}` is escaped). `write` turns one value into text.
 */
export function personaLines<T>(key: string, value: PerPersona<T> | undefined, write: (v: T) => string): string[] {
  if (value === undefined) return [];
  if (!isByPersona(value)) {
    const text = write(value);
    return [`- ${key}: ${text === '{}' ? '\\{}' : text}`];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [`- ${key}: {}`];
  return [`- ${key}:`, ...entries.map(([id, v]) => `  - ${id}: ${write(v)}`)];
}

/** A step as a bullet's own value, where `[]` alone means "no steps". */
function stepText(step: string): string {
  const text = fieldText(step);
  return text === '[]' ? '\\[]' : text;
}

/** A lane's steps: `- key: one step`, `- key:` over nested steps, or `- key: []` for none. */
export function stepLines(key: string, steps: readonly string[] | undefined): string[] {
  if (steps === undefined) return [];
  if (steps.length === 0) return [`- ${key}: []`];
  if (steps.length === 1) return [`- ${key}: ${stepText(steps[0]!)}`];
  return [`- ${key}:`, ...steps.map((step) => `  - ${inlineText(step)}`)];
}

/**
 * Custom lanes in their declared order: `- kpi: …` by their id, except a lane whose id is also a
 * touchpoint key (`owner`), which goes under `- lanes:` with one `- owner: step` line per step.
 */
export function laneLines(lanes: Readonly<Record<string, readonly string[]>> | undefined, declared: readonly Lane[]): string[] {
  if (lanes === undefined) return [];
  const ids = declared.map((lane) => lane.id).filter((id) => Object.hasOwn(lanes, id));
  for (const id of Object.keys(lanes)) if (!ids.includes(id)) ids.push(id);
  const direct = ids.filter(isDirectLane);
  const nested = ids.filter((id) => !isDirectLane(id));
  const lines = direct.flatMap((id) => stepLines(id, lanes[id]));
  if (nested.length > 0 || direct.length === 0) {
    lines.push('- lanes:');
    for (const id of nested) {
      const steps = lanes[id]!;
      if (steps.length === 0) lines.push(`  - ${id}: []`);
      for (const step of steps) lines.push(`  - ${id}: ${stepText(step)}`);
    }
  }
  return lines;
}
