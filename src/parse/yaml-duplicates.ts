// Duplicate keys, found in one pass. yaml's own check (uniqueKeys) compares each new key with every
// earlier key of its mapping, which is quadratic: a mapping of 50,000 keys took minutes. Same rule
// as yaml's: two scalar keys are the same when their values are (===); other keys never are.
import { isMap, isScalar, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import { keyName } from './yaml-locate.js';

/** Each repeated key (its second and later occurrences): where it starts and its name, in document order. */
export function duplicateKeys(doc: Document): { offset: number; name: string }[] {
  const out: { offset: number; name: string }[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Map<unknown, true>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          if (key.range) out.push({ offset: key.range[0], name: keyName(key) });
        } else seen.set(key.value, true);
      }
    },
  });
  return out.sort((a, b) => a.offset - b.offset);
}
