// The normalised model that validation produces and every later step reads.
// Defaults are filled in, ids are derived, lists are never undefined.
import type { MapType, RuleLevel } from './schema.js';

export interface Persona {
  name: string;
  description?: string;
  goals: string[];
  needs: string[];
  frustrations: string[];
  quote?: string;
}

export interface Touchpoint {
  id: string;
  name: string;
  description?: string;
  channel?: string;
  when?: string;
  action?: string;
  thought?: string;
  feeling?: string;
  emotion?: number;
  pains: string[];
  opportunities: string[];
  owner?: string;
  metrics?: Record<string, number | string>;
  frontstage?: string;
  backstage?: string;
  support?: string;
}

export interface Stage {
  id: string;
  name: string;
  description?: string;
  pains: string[];
  opportunities: string[];
  touchpoints: Touchpoint[];
}

export interface Channel {
  id: string;
  label: string;
  color?: string;
}

export type Timescale = string | { start: string; end: string };

export interface Journey {
  title: string;
  /** What the map is about, in a sentence or two (read first by screen readers). */
  description?: string;
  type: MapType;
  /** Path of the map this one is compared with, as written (relative to the spec file). */
  baseline?: string;
  locale: string;
  persona?: Persona;
  timescale?: Timescale;
  emotionScale: [number, number];
  /** Score at or below which a local low counts as a valley; absent: strictly below neutral. */
  valleyThreshold?: number;
  /** Journey-quality rules turned off or up (rule code → level); absent when none is set. */
  rules?: Record<string, RuleLevel>;
  /** Declared registry, in declaration order; empty when none was declared. */
  channels: Channel[];
  font?: string;
  stages: Stage[];
}

/** Every field of a touchpoint, in the order a spec writes them (convert writes them so; a diff lists changes so). */
export const TOUCHPOINT_KEYS = [
  'id',
  'name',
  'description',
  'channel',
  'when',
  'action',
  'thought',
  'feeling',
  'emotion',
  'pains',
  'opportunities',
  'owner',
  'metrics',
  'frontstage',
  'backstage',
  'support',
] as const satisfies readonly (keyof Touchpoint)[];
