// Blueprint and custom lanes: one text, or several steps. `- frontstage: 掛號` is one step, kept a
// string as YAML would write it; repeating the bullet or nesting items under it adds steps, and
// `- frontstage: []` is a lane with no steps.
import type { Span } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../source.js';
import type { BuildContext, Section, StepList } from './context.js';
import { setOwn } from './context.js';
import type { Piece } from './text.js';
import { decodeText } from './text.js';

/** The step list of `key` on `target`, opened (and located) at its first bullet. */
export function stepsOf(
  ctx: BuildContext,
  section: Section,
  at: { id: string; target: Record<string, unknown>; key: string; path: DataPath },
  value: Piece,
  key: Span,
): StepList {
  let list = section.steps.get(at.id);
  if (!list) {
    list = { target: at.target, key: at.key, path: at.path, items: [], nested: false, empty: false };
    section.steps.set(at.id, list);
    ctx.positions.set(at.path, value.span, key);
  }
  return list;
}

function store(list: StepList): void {
  const { items } = list;
  const value = items.length === 0 ? (list.empty ? items : '') : items.length === 1 && !list.nested ? items[0] : items;
  setOwn(list.target, list.key, value);
}

function push(ctx: BuildContext, list: StepList, piece: Piece): void {
  ctx.positions.set([...list.path, list.items.length], piece.span);
  list.items.push(decodeText(piece.text));
}

/** A bullet's own value: a step; nothing (steps may follow as nested items); or `[]`, no steps. */
export function addInline(ctx: BuildContext, list: StepList, value: Piece): void {
  if (value.text === '[]') list.empty = true;
  else if (value.text !== '') push(ctx, list, value);
  store(list);
}

/** A nested item under the lane's bullet: one more step. */
export function addNested(ctx: BuildContext, list: StepList, content: Piece): void {
  list.nested = true;
  push(ctx, list, content);
  store(list);
}
