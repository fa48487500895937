// Alias bombs: yaml's own guard (toJS maxAliasCount) only counts aliases whose anchor itself holds
// aliases, so thousands of *refs to one big anchored list would slip through and make validation
// walk the list thousands of times. Here: how many values the aliases add once expanded, in one
// linear pass, so any bomb is refused before it is expanded.
import { isAlias, isCollection, isPair, isScalar, visit } from 'yaml';
import type { Alias, Document } from 'yaml';

/** Extra values aliases may add to a document before it is refused. */
export const ALIAS_BUDGET = 10_000;

export type AliasProblem =
  | { kind: 'undefined'; alias: Alias }
  | { kind: 'recursive'; alias: Alias }
  | { kind: 'too-many'; alias: Alias };

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

  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  let cycle: Alias | undefined;
  // Values a node stands for once expanded; Infinity for an alias inside its own anchor.
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node);
      if (open.has(target)) {
        cycle ??= node;
        return Infinity;
      }
      return size(target);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    open.add(node);
    let total = 1;
    if (isCollection(node)) for (const item of node.items) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    else if (!isScalar(node)) total = node === null || node === undefined ? 0 : 1;
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  const expanded = size(doc.contents);
  if (cycle) return { kind: 'recursive', alias: cycle };
  let literal = 0;
  visit(doc, { Node: () => void (literal += 1) });
  if (expanded - literal > ALIAS_BUDGET) return { kind: 'too-many', alias: first };
  return undefined;
}
