// Finds where a value (or its key) was written in a YAML document, from the node ranges the
// parser keeps: walks the data path through mappings, sequences and aliases.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Span } from '../diagnostics/diagnostic.js';
import type { DataPath } from './source.js';
import { START, spanOf } from './position.js';
import type { Positioner } from './position.js';

/** How toJS names a key: scalars by their value, anything else by its YAML text. */
export const keyName = (key: unknown): string => (isScalar(key) ? String(key.value) : key === null || key === undefined ? '' : String(key));

function rangeSpan(node: unknown, at: Positioner): Span | undefined {
  const range = (node as Node | null)?.range;
  return range ? spanOf(at, range[0], range[1]) : undefined;
}

/** The node an alias stands for, following chains of aliases. */
function resolved(node: unknown, doc: Document): unknown {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 100; hops += 1) current = current.resolve(doc);
  return current;
}

export function yamlLocator(doc: Document, at: Positioner) {
  // Each mapping's pairs by key name, built on first use: a mapping of 50,000 unknown keys would
  // otherwise be searched from the top for each one (quadratic: 107 s).
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairNamed = (map: YAMLMap, name: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isPair(p) && !index.has(keyName(p.key))) index.set(keyName(p.key), p);
      indexes.set(map, index);
    }
    return index.get(name);
  };
  return (path: DataPath, part: 'key' | 'value' = 'value'): Span => {
    let node: unknown = doc.contents;
    let best = rangeSpan(node, at) ?? START;
    for (const [i, segment] of path.entries()) {
      const container = resolved(node, doc);
      let keySpan: Span | undefined;
      if (isMap(container)) {
        const pair = pairNamed(container, String(segment));
        if (!pair) break;
        keySpan = rangeSpan(pair.key, at);
        node = pair.value;
      } else if (isSeq(container) && typeof segment === 'number') {
        node = container.items[segment];
        if (node === undefined) break;
      } else break;
      const last = i === path.length - 1;
      // `key:` with nothing after it has no value range: point at the key.
      const span = last && part === 'key' ? keySpan : (rangeSpan(node, at) ?? keySpan);
      if (span) best = span;
    }
    return best;
  };
}
