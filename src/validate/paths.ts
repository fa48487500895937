// What a data path means to the person who wrote the spec: the value there, the name of the
// field ("emotion", "each stage", `metric "CSAT"`), and what kind of thing holds it.
import type { DataPath } from '../parse/source.js';
import { quoted } from '../diagnostics/values.js';
import {
  ChannelSpecSchema,
  JourneySpecSchema,
  LaneSpecSchema,
  OpportunityObjectSchema,
  PainObjectSchema,
  PersonaSpecSchema,
  SourceSpecSchema,
  StageSpecSchema,
  TimescaleRangeSchema,
  TouchpointSpecSchema,
} from '../model/schema.js';

export function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

const ITEM_NAMES: Record<string, string> = { stages: 'each stage', touchpoints: 'each touchpoint' };

/** How messages name the value at `path`. */
export function fieldName(path: DataPath): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return 'the map';
  if (typeof last === 'number') {
    const list = String(parent ?? '');
    return Object.hasOwn(ITEM_NAMES, list) ? ITEM_NAMES[list]! : `each entry of ${list}`;
  }
  if (parent === 'metrics') return `metric ${quoted(last)}`;
  if (parent === 'channels' && path.length === 2) return `channel ${quoted(last)}`;
  return last;
}

export interface Owner {
  /** "a touchpoint", "the persona"… */
  label: string;
  keys: readonly string[];
}

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);

/** The mapping at `path`: what it is called and which keys it takes; undefined for free-form ones. */
export function ownerAt(path: DataPath): Owner | undefined {
  const shape = path.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
  if (shape === '') return { label: 'the map', keys: keysOf(JourneySpecSchema) };
  if (shape === 'persona') return { label: 'the persona', keys: keysOf(PersonaSpecSchema) };
  if (shape === 'personas/#') return { label: 'a persona', keys: keysOf(PersonaSpecSchema) };
  if (shape === 'sources/#') return { label: 'a source', keys: keysOf(SourceSpecSchema) };
  if (shape === 'lanes/#') return { label: 'a lane', keys: keysOf(LaneSpecSchema) };
  if (/(^|\/)pains\/#$/.test(shape)) return { label: 'a pain', keys: keysOf(PainObjectSchema) };
  if (/(^|\/)opportunities\/#$/.test(shape)) return { label: 'an opportunity', keys: keysOf(OpportunityObjectSchema) };
  if (shape === 'timescale') return { label: 'the timescale', keys: keysOf(TimescaleRangeSchema) };
  if (path.length === 2 && path[0] === 'channels') return { label: 'a channel', keys: keysOf(ChannelSpecSchema) };
  if (shape === 'stages/#') return { label: 'a stage', keys: keysOf(StageSpecSchema) };
  if (shape === 'stages/#/touchpoints/#') return { label: 'a touchpoint', keys: keysOf(TouchpointSpecSchema) };
  return undefined;
}
