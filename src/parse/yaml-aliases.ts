// Alias bombs: yaml's own guard (toJS maxAliasCount) only counts aliases whose anchor itself holds
// aliases, so thousands of *refs to one big anchored list would slip through and make validation
// walk the list thousands of times. Here: how many values the aliases add once expanded, in one
// linear pass, so any bomb is refused before it is expanded; and how much text they expand into
// (99 aliases of one 200 KB thought made 20 MB of text and 140 MB of HTML).
import { isAlias, isCollection, isPair, isScalar, visit } from 'yaml';
import type { Alias, Document } from 'yaml';
import { MAX_ALIAS_VALUES, MAX_EXPANDED_CHARS } from '../model/limits.js';

export type AliasProblem =
  | { kind: 'undefined'; alias: Alias }
  | { kind: 'recursive'; alias: Alias }
  | { kind: 'too-many'; alias: Alias }
  | { kind: 'too-long'; alias: Alias };

export function checkAliases(doc: Document): AliasProblem | undefined {
  // An alias names the last node with its anchor before it, in document order (ancestors included).
  const latest = new Map<string, unknown>();
  const targets = new Map<Alias, unknown>();
  let first: Alias | undefined;
  let problem: AliasProblem | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        first ??= node;
        const target = latest.get(node.source);
        if (target === undefined) {
          problem = { kind: 'undefined', alias: node };
          return visit.BREAK;
        }
        targets.set(node, target);
      } else if (node.anchor) latest.set(node.anchor, node);
      return undefined;
    },
  });
  if (problem || !first) return problem;

  // What a node stands for once expanded: how many values, and how many characters of text.
  // Infinity for an alias inside its own anchor.
  interface Size {
    values: number;
    chars: number;
  }
  const sizes = new Map<unknown, Size>();
  const open = new Set<unknown>();
  let cycle: Alias | undefined;
  const size = (node: unknown): Size => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (open.has(target)) {
        cycle ??= node;
        return { values: Infinity, chars: Infinity };
      }
      return size(target);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    const total: Size = { values: 1, chars: 0 };
    const add = (part: Size): void => {
      total.values += part.values;
      total.chars += part.chars;
    };
    if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          add(size(item.key));
          add(size(item.value));
        } else add(size(item));
      }
    } else if (isScalar(node)) total.chars = typeof node.value === 'string' ? node.value.length : String(node.value).length;
    else if (node === null || node === undefined) total.values = 0;
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  const expanded = size(doc.contents);
  if (cycle) return { kind: 'recursive', alias: cycle };
  let literal = 0;
  visit(doc, { Node: () => void (literal += 1) });
  if (expanded.values - literal > MAX_ALIAS_VALUES) return { kind: 'too-many', alias: first };
  if (expanded.chars > MAX_EXPANDED_CHARS) return { kind: 'too-long', alias: first };
  return undefined;
}
