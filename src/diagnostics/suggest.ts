// "Did you mean": the closest allowed word by edit distance, when it is close enough to be a typo.
// The one edit distance in cjm: spec keys, Markdown labels and config settings all suggest through it.

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/** The candidate closest to `word` (ignoring case), if within a third of its length; first one wins ties. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // Long inputs are not typos of short keys; skip the quadratic work.
  if (word.length > 64) return undefined;
  const target = word.toLowerCase();
  const limit = Math.max(1, Math.floor([...word].length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(target, candidate.toLowerCase());
    if (d <= limit && d < bestDistance && candidate !== word) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Ids a map declares (channels, personas, sources…), for the checks that look up every reference to
 * them: a set, so a check is not a scan of the list, and a "did you mean" only for the first
 * MAX_DIAGNOSTICS misses, the only ones ever shown. Without both, thousands of misspelt references
 * among thousands of ids took close to a minute.
 */
export function declaredIds(
  ids: readonly string[],
  maxSuggestions: number,
): { ids: readonly string[]; has(id: string): boolean; suggest(id: string): string | undefined } {
  const set = new Set(ids);
  let suggested = 0;
  return {
    ids,
    has: (id) => set.has(id),
    suggest: (id) => (++suggested <= maxSuggestions ? closest(id, ids) : undefined),
  };
}
