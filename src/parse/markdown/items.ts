// List items under a stage or touchpoint: `key: value` bullets, and the nested items of
// pains, opportunities and metrics.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { Problem } from '../../diagnostics/codes.js';
import type { DataPath } from '../source.js';
import type { Positions } from './positions.js';
import type { Piece } from './text.js';
import { decodeText, span } from './text.js';
import { closest } from '../../diagnostics/suggest.js';
import { STAGE_FIELDS, TOUCHPOINT_FIELDS, splitKey } from './fields.js';
import { mdProblems } from './problems.js';
import { readEmotion, readNumberOrText } from './values.js';

export interface BuildContext {
  scale: readonly [number, number];
  positions: Positions;
  /** Reports a problem at a span in UTF-16 columns (converted to the columns people count). */
  report(problem: Problem, at: Span): void;
}

/** A stage or touchpoint being filled in. */
export interface Section {
  kind: 'stage' | 'touchpoint';
  data: Record<string, unknown>;
  path: DataPath;
  /** Paragraphs under the heading, to become the description. */
  prose: { piece: Piece; verbatim: boolean }[];
  /** Single-valued fields already set, and where (to report a second one). */
  seen: Map<string, Span>;
}

/** What the nested items that follow a bullet belong to. */
export type Owner =
  | { kind: 'list'; items: string[]; path: DataPath }
  | { kind: 'metrics'; metrics: Record<string, unknown>; path: DataPath }
  | { kind: 'single'; key: string }
  | { kind: 'ignore' };

const IGNORE: Owner = { kind: 'ignore' };

function once(ctx: BuildContext, section: Section, field: string, at: Span): boolean {
  const first = section.seen.get(field);
  if (first) ctx.report(mdProblems.duplicateField(field, section.kind, first.line), at);
  else section.seen.set(field, at);
  return !first;
}

/** A top-level bullet under `section`. */
export function readField(ctx: BuildContext, section: Section, content: Piece, whole: Span): Owner {
  const keyed = splitKey(content);
  if (!keyed) {
    ctx.report(mdProblems.expectedKey(content.text), content.span);
    return IGNORE;
  }
  const { key, value } = keyed;
  const rules = section.kind === 'stage' ? STAGE_FIELDS : TOUCHPOINT_FIELDS;
  const name = key.text.toLowerCase();
  // Own keys only: `constructor` would otherwise find Object.prototype's.
  const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
  if (!rule) {
    const known = Object.keys(rules);
    const misplaced = section.kind === 'stage' && Object.hasOwn(TOUCHPOINT_FIELDS, name);
    ctx.report(
      misplaced ? mdProblems.touchpointKeyOnStage(key.text) : mdProblems.unknownKey(key.text, section.kind, closest(key.text, known), known),
      key.span,
    );
    return IGNORE;
  }
  const path = [...section.path, rule.field];
  if (rule.kind === 'list') {
    const items = (section.data[rule.field] ??= []) as string[];
    if (!ctx.positions.has(path)) ctx.positions.set(path, whole, key.span);
    if (value.text !== '') {
      ctx.positions.set([...path, items.length], value.span);
      items.push(decodeText(value.text));
    }
    return { kind: 'list', items, path };
  }
  if (!once(ctx, section, rule.field, key.span)) return IGNORE;
  if (rule.kind === 'metrics') {
    if (value.text !== '') ctx.report(mdProblems.metricsInline(), value.span);
    const metrics: Record<string, unknown> = {};
    section.data.metrics = metrics;
    ctx.positions.set(path, whole, key.span);
    return { kind: 'metrics', metrics, path };
  }
  ctx.positions.set(path, value.span, key.span);
  if (rule.kind === 'emotion') {
    const reading = readEmotion(value.text, ctx.scale);
    if ('problem' in reading) ctx.report(reading.problem, value.span);
    else section.data.emotion = reading.value;
  } else {
    section.data[rule.field] = decodeText(value.text);
  }
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
    name: { text: decodeText(rawName), span: span(line, column, line, column + rawName.length) },
    value: { text: content.text.slice(match.index + match[0].length), span: span(line, valueColumn, endLine, Math.max(endColumn, valueColumn)) },
  };
}

/** A nested item under the bullet that `owner` came from. */
export function readChild(ctx: BuildContext, owner: Owner, content: Piece, depth: number): Owner {
  if (owner.kind === 'ignore') return owner;
  if (depth > 1) {
    ctx.report(mdProblems.nestedTooDeep(), content.span);
    return owner;
  }
  if (owner.kind === 'single') {
    ctx.report(mdProblems.unexpectedList(owner.key), content.span);
    return IGNORE;
  }
  if (owner.kind === 'list') {
    ctx.positions.set([...owner.path, owner.items.length], content.span);
    owner.items.push(decodeText(content.text));
    return owner;
  }
  const metric = splitMetric(content);
  if (!metric) {
    ctx.report(mdProblems.metricFormat(content.text), content.span);
    return owner;
  }
  if (Object.hasOwn(owner.metrics, metric.name.text)) {
    ctx.report(mdProblems.duplicateMetric(metric.name.text), metric.name.span);
    return owner;
  }
  // defineProperty, so a metric called __proto__ is data like any other name.
  Object.defineProperty(owner.metrics, metric.name.text, { value: readNumberOrText(metric.value.text), enumerable: true, writable: true, configurable: true });
  ctx.positions.set([...owner.path, metric.name.text], metric.value.span, metric.name.span);
  return owner;
}
