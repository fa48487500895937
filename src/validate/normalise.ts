// A valid spec → the Journey model every later step reads: defaults filled in, ids derived,
// lists never undefined. User text is copied as written, never trimmed or rewritten.
import type { Channel, Journey, Opportunity, Pain, Persona, Stage, Touchpoint } from '../model/journey.js';
import type { JourneySpec, OpportunitySpec, PainSpec, PersonaSpec, StageSpec, TouchpointSpec } from '../model/schema.js';
import { DEFAULT_STAGE_IDS } from '../model/schema.js';
import { labelsFor } from '../i18n/labels.js';
import { assignIds } from './ids.js';
import { DEFAULT_SCALE } from './meaning.js';

type ClassicStageId = (typeof DEFAULT_STAGE_IDS)[number];
const isClassic = (id: string): id is ClassicStageId => (DEFAULT_STAGE_IDS as readonly string[]).includes(id);

/** Copies the optional fields that are present, so absent ones stay absent (not `undefined`). */
function present<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}

const TOUCHPOINT_OPTIONAL = ['description', 'channel', 'when', 'action', 'thought', 'feeling', 'emotion', 'owner'] as const;

/** Blueprint lanes in the model: one entry per step, whether the spec wrote one text or a list. */
const BLUEPRINT_LANES = ['physicalEvidence', 'frontstage', 'backstage', 'support'] as const;

const steps = (value: string | readonly string[]): string[] => (typeof value === 'string' ? [value] : [...value]);

function pain(spec: PainSpec): Pain {
  if (typeof spec === 'string') return { text: spec, evidence: [] };
  return { text: spec.text, ...present(spec, ['id', 'severity']), evidence: [...(spec.evidence ?? [])] };
}

function opportunity(spec: OpportunitySpec): Opportunity {
  if (typeof spec === 'string') return { text: spec, addresses: [], evidence: [] };
  return {
    text: spec.text,
    ...present(spec, ['id', 'status', 'owner', 'link']),
    addresses: [...(spec.addresses ?? [])],
    evidence: [...(spec.evidence ?? [])],
  };
}

function persona(spec: PersonaSpec, id: string): Persona {
  return {
    id,
    name: spec.name,
    ...present(spec, ['description']),
    goals: [...(spec.goals ?? [])],
    needs: [...(spec.needs ?? [])],
    frustrations: [...(spec.frustrations ?? [])],
    ...present(spec, ['quote', 'color', 'image']),
  };
}

function touchpoint(spec: TouchpointSpec, id: string): Touchpoint {
  return {
    id,
    name: spec.name,
    ...present(spec, TOUCHPOINT_OPTIONAL),
    pains: (spec.pains ?? []).map(pain),
    opportunities: (spec.opportunities ?? []).map(opportunity),
    evidence: [...(spec.evidence ?? [])],
    ...(spec.metrics === undefined ? {} : { metrics: { ...spec.metrics } }),
    ...Object.fromEntries(BLUEPRINT_LANES.flatMap((lane) => (spec[lane] === undefined ? [] : [[lane, steps(spec[lane])]]))),
    ...(spec.lanes === undefined ? {} : { lanes: Object.fromEntries(Object.entries(spec.lanes).map(([lane, value]) => [lane, steps(value)])) }),
  };
}

function stage(spec: StageSpec, id: string, locale: string, touchpointIds: readonly string[]): Stage {
  return {
    id,
    name: spec.name ?? (isClassic(id) ? labelsFor(locale).stages[id] : id),
    ...present(spec, ['description']),
    pains: (spec.pains ?? []).map(pain),
    opportunities: (spec.opportunities ?? []).map(opportunity),
    touchpoints: spec.touchpoints.map((tp, i) => touchpoint(tp, touchpointIds[i]!)),
  };
}

export function normalise(spec: JourneySpec): Journey {
  const locale = spec.locale ?? 'en';
  const stageIds = assignIds(
    spec.stages.map((s) => ({ explicit: s.id, name: s.name })),
    'stage',
  );
  // Touchpoint ids are unique across the whole journey (they become SVG and HTML element ids).
  const flat = assignIds(
    spec.stages.flatMap((s) => s.touchpoints.map((tp) => ({ explicit: tp.id, name: tp.name }))),
    'tp',
  );
  let next = 0;
  const channels: Channel[] = Object.entries(spec.channels ?? {}).map(([id, c]) => ({
    id,
    label: c.label ?? id,
    ...present(c, ['color']),
  }));
  const [min, max] = spec.emotionScale ?? DEFAULT_SCALE;
  const personaSpecs = spec.personas ?? (spec.persona === undefined ? [] : [spec.persona]);
  const personaIds = assignIds(
    personaSpecs.map((p) => ({ explicit: p.id, name: p.name })),
    'persona',
  );
  return {
    title: spec.title,
    ...present(spec, ['description']),
    type: spec.type ?? 'current-state',
    ...present(spec, ['baseline']),
    locale,
    personas: personaSpecs.map((p, i) => persona(p, personaIds[i]!)),
    ...(spec.timescale === undefined ? {} : { timescale: typeof spec.timescale === 'string' ? spec.timescale : { ...spec.timescale } }),
    emotionScale: [min, max],
    ...present(spec, ['valleyThreshold']),
    ...(spec.rules === undefined
      ? {}
      : { rules: Object.fromEntries(Object.entries(spec.rules).filter(([, level]) => level !== undefined)) as NonNullable<Journey['rules']> }),
    channels,
    ...present(spec, ['font']),
    sources: (spec.sources ?? []).map((source) => ({ ...source })),
    lanes: (spec.lanes ?? []).map((lane) => ({ id: lane.id, label: lane.label ?? lane.id })),
    stages: spec.stages.map((s, i) => {
      const ids = flat.slice(next, (next += s.touchpoints.length));
      return stage(s, stageIds[i]!, locale, ids);
    }),
  };
}
