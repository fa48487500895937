// List items under a stage or touchpoint: `key: value` bullets, and the nested items that follow
// them (pains, opportunities, per-persona values, lane steps, source ids, metrics, custom lanes).
import type { Span } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../source.js';
import type { BuildContext, Section, StepList } from './context.js';
import { setOwn } from './context.js';
import type { Piece } from './text.js';
import { decodeText } from './text.js';
import { closest } from '../../diagnostics/suggest.js';
import type { FieldRule } from './fields.js';
import { STAGE_FIELDS, TOUCHPOINT_FIELDS, isDirectLane, keyNames, splitIdKey, splitKey } from './fields.js';
import type { ItemKind } from './attributes.js';
import { readItem, splitIds } from './attributes.js';
import { addInline, addNested, stepsOf } from './steps.js';
import { mdProblems } from './problems.js';
import { readEmotion, readNumberOrText } from './values.js';

export type { BuildContext, Section } from './context.js';

/** What the nested items that follow a bullet belong to. */
export type Owner =
  | { kind: 'items'; item: ItemKind; items: unknown[]; path: DataPath }
  | { kind: 'metrics'; metrics: Record<string, unknown>; path: DataPath }
  | { kind: 'persona'; section: Section; field: string; path: DataPath; emotion: boolean; inline: boolean; values?: Record<string, unknown> }
  | { kind: 'steps'; list: StepList }
  | { kind: 'ids'; ids: string[]; path: DataPath }
  | { kind: 'lanes'; section: Section }
  | { kind: 'single'; key: string }
  | { kind: 'ignore' };

const IGNORE: Owner = { kind: 'ignore' };

function once(ctx: BuildContext, section: Section, field: string, at: Span): boolean {
  const first = section.seen.get(field);
  if (first) ctx.report(mdProblems.duplicateField(field, section.kind, first.line), at);
  else section.seen.set(field, at);
  return !first;
}

/** The declared lane a bullet's key names: exactly, else the one lane equal to it but for case. */
function laneNamed(ctx: BuildContext, key: string): string | undefined {
  if (ctx.lanes.includes(key)) return key;
  const folded = ctx.lanes.filter((id) => id.toLowerCase() === key.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}

/** The touchpoint's `lanes` record, made at the first custom lane. */
function lanesOf(ctx: BuildContext, section: Section, whole: Span, key: Span): Record<string, unknown> {
  const path = [...section.path, 'lanes'];
  if (section.data.lanes === undefined) {
    section.data.lanes = {};
    ctx.positions.set(path, whole, key);
  }
  return section.data.lanes as Record<string, unknown>;
}

/** `- kpi: …` (directly, or nested under `- lanes:`): the steps of custom lane `id`. */
function laneSteps(ctx: BuildContext, section: Section, id: string, keyed: { key: Piece; value: Piece }, whole: Span): Owner {
  const target = lanesOf(ctx, section, whole, keyed.key.span);
  const list = stepsOf(ctx, section, { id: `lanes\u0000${id}`, target, key: id, path: [...section.path, 'lanes', id] }, keyed.value, keyed.key.span);
  addInline(ctx, list, keyed.value);
  return { kind: 'steps', list };
}

function unknownKey(ctx: BuildContext, section: Section, key: Piece): Owner {
  const rules = section.kind === 'stage' ? STAGE_FIELDS : TOUCHPOINT_FIELDS;
  const known = [...keyNames(rules), ...(section.kind === 'touchpoint' ? ctx.lanes.filter(isDirectLane) : [])];
  const misplaced = section.kind === 'stage' && (Object.hasOwn(TOUCHPOINT_FIELDS, key.text.toLowerCase()) || laneNamed(ctx, key.text) !== undefined);
  ctx.report(misplaced ? mdProblems.touchpointKeyOnStage(key.text) : mdProblems.unknownKey(key.text, section.kind, closest(key.text, known), known), key.span);
  return IGNORE;
}

/** `- emotion: -1` (every persona), or `- emotion:` over `- mom: -1` items; `{}` is an empty mapping. */
function personaField(ctx: BuildContext, section: Section, rule: FieldRule, value: Piece): Owner {
  const emotion = rule.kind === 'emotion';
  const owner: Owner = { kind: 'persona', section, field: rule.field, path: [...section.path, rule.field], emotion, inline: value.text !== '' };
  if (value.text === '{}') {
    owner.values = {};
    owner.inline = false;
    section.data[rule.field] = owner.values;
  } else if (!emotion) section.data[rule.field] = decodeText(value.text);
  else {
    const reading = readEmotion(value.text, ctx.scale);
    if ('problem' in reading) ctx.report(reading.problem, value.span);
    else section.data.emotion = reading.value;
  }
  return owner;
}

/** A top-level bullet under `section`. */
export function readField(ctx: BuildContext, section: Section, content: Piece, whole: Span): Owner {
  const keyed = splitKey(content);
  const rules = section.kind === 'stage' ? STAGE_FIELDS : TOUCHPOINT_FIELDS;
  const name = keyed?.key.text.toLowerCase() ?? '';
  // Own keys only: `constructor` would otherwise find Object.prototype's.
  const rule = keyed && Object.hasOwn(rules, name) ? rules[name] : undefined;
  if (!keyed || !rule) {
    // A declared custom lane may be named by itself (`- kpi: NPS 42`), in any script (`- 指標: 42`).
    const byId = splitIdKey(content);
    const lane = byId && laneNamed(ctx, byId.key.text);
    if (byId && lane !== undefined && section.kind === 'touchpoint') return laneSteps(ctx, section, lane, byId, whole);
    if (byId && lane !== undefined) return unknownKey(ctx, section, byId.key);
    if (keyed) return unknownKey(ctx, section, keyed.key);
    ctx.report(mdProblems.expectedKey(content.text), content.span);
    return IGNORE;
  }
  const { key, value } = keyed;
  const path = [...section.path, rule.field];
  if (rule.kind === 'items' || rule.kind === 'ids') {
    const list = (section.data[rule.field] ??= []) as unknown[];
    if (!ctx.positions.has(path)) ctx.positions.set(path, whole, key.span);
    const owner: Owner =
      rule.kind === 'items'
        ? { kind: 'items', item: rule.field === 'pains' ? 'pain' : 'opportunity', items: list, path }
        : { kind: 'ids', ids: list as string[], path };
    if (value.text !== '') readChild(ctx, owner, value, 1);
    return owner;
  }
  if (rule.kind === 'steps') {
    const list = stepsOf(ctx, section, { id: rule.field, target: section.data, key: rule.field, path }, value, key.span);
    addInline(ctx, list, value);
    return { kind: 'steps', list };
  }
  if (!once(ctx, section, rule.field, key.span)) return IGNORE;
  if (rule.kind === 'metrics' || rule.kind === 'lanes') {
    ctx.positions.set(path, whole, key.span);
    if (rule.kind === 'lanes') {
      if (value.text !== '') ctx.report(mdProblems.lanesInline(), value.span);
      lanesOf(ctx, section, whole, key.span);
      return { kind: 'lanes', section };
    }
    if (value.text !== '') ctx.report(mdProblems.metricsInline(), value.span);
    const metrics: Record<string, unknown> = {};
    section.data.metrics = metrics;
    return { kind: 'metrics', metrics, path };
  }
  ctx.positions.set(path, value.span, key.span);
  if (rule.kind === 'persona' || rule.kind === 'emotion') return personaField(ctx, section, rule, value);
  section.data[rule.field] = decodeText(value.text);
  return { kind: 'single', key: rule.field };
}

/** `name: value` of one metric; the name may be a JSON string when it holds a colon. */
function splitMetric(content: Piece): { name: Piece; value: Piece } | undefined {
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(content.text);
  const colon = /[ \t]*[:：][ \t]*/g;
  colon.lastIndex = quoted ? quoted[0].length : 0;
  const match = colon.exec(content.text);
  if (!match || (quoted && match.index !== quoted[0].length) || match.index === 0) return undefined;
  const { line, column, endLine, endColumn } = content.span;
  const rawName = content.text.slice(0, match.index);
  const valueColumn = column + match.index + match[0].length;
  return {
    name: { text: decodeText(rawName), span: { line, column, endLine: line, endColumn: column + rawName.length } },
    value: {
      text: content.text.slice(match.index + match[0].length),
      span: { line, column: valueColumn, endLine, endColumn: Math.max(endColumn, valueColumn) },
    },
  };
}

function readMetric(ctx: BuildContext, owner: Extract<Owner, { kind: 'metrics' }>, content: Piece): void {
  const metric = splitMetric(content);
  if (!metric) {
    ctx.report(mdProblems.metricFormat(content.text), content.span);
  } else if (Object.hasOwn(owner.metrics, metric.name.text)) {
    ctx.report(mdProblems.duplicateMetric(metric.name.text), metric.name.span);
  } else {
    setOwn(owner.metrics, metric.name.text, readNumberOrText(metric.value.text));
    ctx.positions.set([...owner.path, metric.name.text], metric.value.span, metric.name.span);
  }
}

/** `- mom: -1` under `- emotion:`. */
function readPersonaValue(ctx: BuildContext, owner: Extract<Owner, { kind: 'persona' }>, content: Piece): Owner {
  if (owner.inline) {
    ctx.report(mdProblems.valueAndPersonaList(owner.field), content.span);
    return IGNORE;
  }
  const keyed = splitIdKey(content);
  if (!keyed) {
    ctx.report(mdProblems.personaFormat(owner.field, content.text), content.span);
    return owner;
  }
  const { key, value } = keyed;
  owner.values ??= {};
  owner.section.data[owner.field] = owner.values;
  if (Object.hasOwn(owner.values, key.text)) {
    ctx.report(mdProblems.duplicatePersonaValue(owner.field, key.text), key.span);
    return owner;
  }
  ctx.positions.set([...owner.path, key.text], value.span, key.span);
  if (!owner.emotion) setOwn(owner.values, key.text, decodeText(value.text));
  else {
    const reading = readEmotion(value.text, ctx.scale);
    if ('problem' in reading) ctx.report(reading.problem, value.span);
    else setOwn(owner.values, key.text, reading.value);
  }
  return owner;
}

/** A nested item under the bullet that `owner` came from (depth 1), or a bullet's own value read as one. */
export function readChild(ctx: BuildContext, owner: Owner, content: Piece, depth: number): Owner {
  if (owner.kind === 'ignore') return owner;
  if (depth > 1) {
    ctx.report(mdProblems.nestedTooDeep(), content.span);
    return owner;
  }
  switch (owner.kind) {
    case 'single':
      ctx.report(mdProblems.unexpectedList(owner.key), content.span);
      return IGNORE;
    case 'items':
      owner.items.push(readItem(ctx, owner.item, content, [...owner.path, owner.items.length]));
      return owner;
    case 'ids':
      for (const id of splitIds(content)) {
        ctx.positions.set([...owner.path, owner.ids.length], id.span);
        owner.ids.push(id.text);
      }
      return owner;
    case 'steps':
      addNested(ctx, owner.list, content);
      return owner;
    case 'persona':
      return readPersonaValue(ctx, owner, content);
    case 'lanes': {
      const keyed = splitIdKey(content);
      if (keyed) laneSteps(ctx, owner.section, keyed.key.text, keyed, content.span);
      else ctx.report(mdProblems.laneFormat(content.text), content.span);
      return owner;
    }
    case 'metrics':
      readMetric(ctx, owner, content);
      return owner;
  }
}
