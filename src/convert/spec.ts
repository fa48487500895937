// From the normalised model back to a spec: what a person would write to get this journey.
// Fields at their default value are left out so converted files stay clean; ids stay explicit,
// so converting back gives exactly the same model.
import type { Journey, Persona, Stage, Touchpoint } from '../model/journey.js';
import { TOUCHPOINT_KEYS } from '../model/journey.js';

type Spec = Record<string, unknown>;

const DEFAULTS = { type: 'current-state', locale: 'en', emotionScale: [-2, 2] } as const;

/** Copies the listed keys whose values are set (lists: non-empty). */
function pick<T extends object>(from: T, keys: readonly (keyof T & string)[]): Spec {
  const out: Spec = {};
  for (const key of keys) {
    const value = from[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out;
}

const PERSONA_KEYS = ['name', 'description', 'goals', 'needs', 'frustrations', 'quote'] as const satisfies readonly (keyof Persona)[];

/** Touchpoint fields in the order the schema and the docs list them. */

export const STAGE_KEYS = ['id', 'name', 'description', 'pains', 'opportunities'] as const satisfies readonly (keyof Stage)[];

/** The journey-level fields (everything but the stages), as YAML front matter or the top of a YAML spec. */
export function journeyHeader(journey: Journey): Spec {
  const head: Spec = { title: journey.title };
  if (journey.description !== undefined) head.description = journey.description;
  if (journey.type !== DEFAULTS.type) head.type = journey.type;
  if (journey.baseline !== undefined) head.baseline = journey.baseline;
  if (journey.locale !== DEFAULTS.locale) head.locale = journey.locale;
  if (journey.persona) head.persona = pick(journey.persona, PERSONA_KEYS);
  if (journey.timescale !== undefined) head.timescale = typeof journey.timescale === 'string' ? journey.timescale : { ...journey.timescale };
  const [low, high] = journey.emotionScale;
  if (low !== DEFAULTS.emotionScale[0] || high !== DEFAULTS.emotionScale[1]) head.emotionScale = [low, high];
  if (journey.valleyThreshold !== undefined) head.valleyThreshold = journey.valleyThreshold;
  if (journey.rules && Object.keys(journey.rules).length > 0) head.rules = { ...journey.rules };
  if (journey.channels.length > 0) {
    head.channels = Object.fromEntries(
      journey.channels.map((c) => [c.id, { ...(c.label !== c.id ? { label: c.label } : {}), ...(c.color ? { color: c.color } : {}) }]),
    );
  }
  if (journey.font !== undefined) head.font = journey.font;
  if (journey.rules !== undefined) head.rules = { ...journey.rules };
  return head;
}

export const touchpointSpec = (t: Touchpoint): Spec => {
  const spec = pick(t, TOUCHPOINT_KEYS);
  if (t.metrics) spec.metrics = { ...t.metrics };
  return spec;
};

export const stageSpec = (s: Stage): Spec => ({ ...pick(s, STAGE_KEYS), touchpoints: s.touchpoints.map(touchpointSpec) });

/** The whole journey as a spec, ready for YAML. */
export const journeySpec = (journey: Journey): Spec => ({ ...journeyHeader(journey), stages: journey.stages.map(stageSpec) });
