// Array helpers that take arrays of any length. `Math.min(...xs)` and `out.push(...xs)` pass every
// element as a call argument, and V8 throws "Maximum call stack size exceeded" past ~100,000 of them
// (a thought of 70,000 lines did); these loop instead.

/** Appends every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest number, Infinity for none (as Math.min()). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}

/** The largest number, -Infinity for none (as Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}
