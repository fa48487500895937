// Ids for stages and touchpoints that did not declare one: a slug of the name, in any script
// ("Sees an ad" → sees-an-ad, "看到 IG 廣告" → 看到-ig-廣告), made unique with -2, -3 suffixes.
// Explicit ids are never changed: derived ones step aside for them.
import { ID_PATTERN } from '../model/schema.js';

/** Longest derived id, in code points; long names make unwieldy anchors. */
const MAX_SLUG = 48;

export function slugify(name: string): string {
  const words = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  // A combining mark cannot start an id (ID_PATTERN): drop leading marks and dashes.
  const trimmed = words.replace(/^[-\p{M}]+/u, '').replace(/-+$/u, '');
  const cut = [...trimmed].slice(0, MAX_SLUG).join('').replace(/-+$/u, '');
  return ID_PATTERN.test(cut) ? cut : '';
}

export interface IdRequest {
  explicit?: string;
  name?: string;
}

/**
 * One id per request, in order: explicit ids as given; the others from their name's slug, or
 * `${fallback}-N` (N = position, 1-based) when the slug is empty, avoiding every id already taken.
 */
export function assignIds(requests: readonly IdRequest[], fallback: string): string[] {
  const taken = new Set(requests.flatMap((r) => (r.explicit === undefined ? [] : [r.explicit])));
  // The next suffix to try per base: 20,000 touchpoints of one name would otherwise each count up
  // from -2 again (quadratic: 15 s). Every id before it is taken, so starting there changes nothing.
  const nextSuffix = new Map<string, number>();
  return requests.map((request, i) => {
    if (request.explicit !== undefined) return request.explicit;
    const base = slugify(request.name ?? '') || `${fallback}-${i + 1}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    if (taken.has(id)) {
      for (id = `${base}-${n}`; taken.has(id); id = `${base}-${n}`) n += 1;
      nextSuffix.set(base, n + 1);
    }
    taken.add(id);
    return id;
  });
}
