// Reading per-persona values (`emotion: -1` or `emotion: {mom: -1, grandpa: -2}`) and item texts,
// so no later step tests the shape of a value itself.
import type { Journey, Opportunity, Pain, PerPersona } from './journey.js';

/** A value keyed by persona id; a plain value applies to every persona. */
export function isByPersona<T>(value: PerPersona<T> | undefined): value is Readonly<Record<string, T>> {
  return value !== null && typeof value === 'object';
}

/**
 * The value for one persona. `personaId` undefined means "the map's own series" (no personas, or one):
 * a keyed value then gives its only entry, or undefined when it has several.
 */
export function valueFor<T>(value: PerPersona<T> | undefined, personaId: string | undefined): T | undefined {
  if (!isByPersona(value)) return value;
  if (personaId !== undefined) return Object.hasOwn(value, personaId) ? value[personaId] : undefined;
  const entries = Object.values(value);
  return entries.length === 1 ? entries[0] : undefined;
}

/**
 * The ids of the series a map draws on its emotion lane: one per persona when there are several,
 * otherwise a single series (undefined id) for the map itself.
 */
export function seriesPersonaIds(journey: Pick<Journey, 'personas'>): (string | undefined)[] {
  return journey.personas.length > 1 ? journey.personas.map((p) => p.id) : [undefined];
}

/** The score of the map's first curve: the only persona's, or the first persona's. */
export function primaryEmotion(journey: Pick<Journey, 'personas'>, value: PerPersona<number> | undefined): number | undefined {
  return valueFor(value, journey.personas.length > 1 ? journey.personas[0]!.id : undefined);
}

/** Texts of pains or opportunities, for places that show or compare words only. */
export const itemTexts = (items: readonly (Pain | Opportunity)[]): string[] => items.map((item) => item.text);
