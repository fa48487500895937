// Footnote numbers of the research a map cites: a source's number is its place in `sources:`, so
// the markers on the map, the Sources block and the page's list all agree.
import type { Journey, Source } from './journey.js';

// One table per journey: renderers ask for it at every touchpoint, pain and opportunity, and building
// it each time cost sources × citations (11 s of a 5,000-touchpoint page citing 3,000 sources).
const numbersOf = new WeakMap<readonly Source[], ReadonlyMap<string, number>>();

/** Each declared source's footnote number, 1 for the first. */
export function sourceNumbers(journey: Pick<Journey, 'sources'>): ReadonlyMap<string, number> {
  let numbers = numbersOf.get(journey.sources);
  if (!numbers) numbersOf.set(journey.sources, (numbers = new Map(journey.sources.map((s, i) => [s.id, i + 1]))));
  return numbers;
}

/** The numbers an `evidence` list cites, ascending, each once; ids no source declares are left out. */
export function citedNumbers(evidence: readonly string[], numbers: ReadonlyMap<string, number>): number[] {
  const found = evidence.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The sources an `evidence` list cites, in footnote order. */
export function citedSources(evidence: readonly string[], journey: Pick<Journey, 'sources'>): Source[] {
  const numbers = sourceNumbers(journey);
  return citedNumbers(evidence, numbers).map((n) => journey.sources[n - 1]!);
}
