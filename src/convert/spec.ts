// From the normalised model back to a spec: what a person would write to get this journey.
// Fields at their default value are left out so converted files stay clean; ids stay explicit,
// so converting back gives exactly the same model.
import type { Journey, Opportunity, Pain, Persona, Stage, Touchpoint } from '../model/journey.js';
import { TOUCHPOINT_KEYS } from '../model/journey.js';
import { slugify } from '../validate/ids.js';

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

const PERSONA_KEYS = ['id', 'name', 'description', 'goals', 'needs', 'frustrations', 'quote', 'color', 'image'] as const satisfies readonly (keyof Persona)[];
const PAIN_KEYS = ['text', 'id', 'severity', 'evidence'] as const satisfies readonly (keyof Pain)[];
const OPPORTUNITY_KEYS = ['text', 'id', 'status', 'owner', 'link', 'addresses', 'evidence'] as const satisfies readonly (keyof Opportunity)[];
const LANE_STEP_KEYS = ['physicalEvidence', 'frontstage', 'backstage', 'support'] as const satisfies readonly (keyof Touchpoint)[];

/** A pain or an opportunity as written: plain text when it carries nothing else. */
const itemSpec = <T extends Pain | Opportunity>(item: T, keys: readonly (keyof T & string)[]): Spec | string => {
  const spec = pick(item, keys);
  return Object.keys(spec).length === 1 ? item.text : spec;
};
const painSpecs = (items: readonly Pain[]): (Spec | string)[] => items.map((p) => itemSpec(p, PAIN_KEYS));
const opportunitySpecs = (items: readonly Opportunity[]): (Spec | string)[] => items.map((o) => itemSpec(o, OPPORTUNITY_KEYS));

/** A lane's steps as written: one text, or a list. */
const laneSpec = (steps: readonly string[]): string | string[] => (steps.length === 1 ? steps[0]! : [...steps]);

/** Per-persona values are copied, so the spec never shares objects with the model. */
const copied = (value: unknown): unknown => (value !== null && typeof value === 'object' ? { ...value } : value);

/** Touchpoint fields in the order the schema and the docs list them. */

export const STAGE_KEYS = ['id', 'name', 'description', 'pains', 'opportunities'] as const satisfies readonly (keyof Stage)[];

/** The journey-level fields (everything but the stages), as YAML front matter or the top of a YAML spec. */
export function journeyHeader(journey: Journey): Spec {
  const head: Spec = { title: journey.title };
  if (journey.description !== undefined) head.description = journey.description;
  if (journey.type !== DEFAULTS.type) head.type = journey.type;
  if (journey.baseline !== undefined) head.baseline = journey.baseline;
  if (journey.locale !== DEFAULTS.locale) head.locale = journey.locale;
  // One persona is written as `persona:`, its id only when the name would not give it back; several as `personas:`.
  const only = journey.personas.length === 1 ? journey.personas[0]! : undefined;
  if (only) head.persona = pick(only, only.id === (slugify(only.name) || 'persona-1') ? PERSONA_KEYS.filter((k) => k !== 'id') : PERSONA_KEYS);
  if (journey.personas.length > 1) head.personas = journey.personas.map((p) => pick(p, PERSONA_KEYS));
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
  if (journey.sources.length > 0) head.sources = journey.sources.map((s) => ({ ...s }));
  if (journey.lanes.length > 0) head.lanes = journey.lanes.map((l) => (l.label === l.id ? { id: l.id } : { ...l }));
  if (journey.rules !== undefined) head.rules = { ...journey.rules };
  return head;
}

export const touchpointSpec = (t: Touchpoint): Spec => {
  const spec = pick(t, TOUCHPOINT_KEYS);
  for (const key of ['emotion', 'thought', 'feeling'] as const) if (t[key] !== undefined) spec[key] = copied(t[key]);
  if (t.pains.length > 0) spec.pains = painSpecs(t.pains);
  if (t.opportunities.length > 0) spec.opportunities = opportunitySpecs(t.opportunities);
  if (t.metrics) spec.metrics = { ...t.metrics };
  for (const key of LANE_STEP_KEYS) if (t[key] !== undefined) spec[key] = laneSpec(t[key]);
  if (t.lanes) spec.lanes = Object.fromEntries(Object.entries(t.lanes).map(([lane, steps]) => [lane, laneSpec(steps)]));
  return spec;
};

export const stageSpec = (s: Stage): Spec => {
  const spec = pick(s, STAGE_KEYS);
  if (s.pains.length > 0) spec.pains = painSpecs(s.pains);
  if (s.opportunities.length > 0) spec.opportunities = opportunitySpecs(s.opportunities);
  return { ...spec, touchpoints: s.touchpoints.map(touchpointSpec) };
};

/** The whole journey as a spec, ready for YAML. */
export const journeySpec = (journey: Journey): Spec => ({ ...journeyHeader(journey), stages: journey.stages.map(stageSpec) });
