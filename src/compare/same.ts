// Structural equality for model values (plain data: strings, numbers, arrays, records), and the
// fields of two records that differ. Key order never matters; a key holding undefined counts as absent.

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
};

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Names of the fields whose values differ between `a` and `b`: those in `order` first, in that order,
 * then any others (fields the model gains later) alphabetically. `skip` names fields compared elsewhere.
 */
export function fieldsThatDiffer(a: object, b: object, order: readonly string[], skip: readonly string[]): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const others = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !order.includes(k) && !skip.includes(k)).sort();
  return [...order, ...others].filter((key) => !sameValue(ra[key], rb[key]));
}
