// The normalised model that validation produces and every later step reads.
// Defaults are filled in, ids are derived, lists are never undefined.
import type { MapType, OpportunityStatus, RuleLevel, Severity, SourceKind } from './schema.js';

/** One value for every persona, or one per persona id (only ids of `Journey.personas`). */
export type PerPersona<T> = T | Readonly<Record<string, T>>;

export interface Persona {
  /** Given, or derived from the name; unique within the map. */
  id: string;
  name: string;
  description?: string;
  goals: string[];
  needs: string[];
  frustrations: string[];
  quote?: string;
  color?: string;
  /** Path of the photo as written, relative to the spec file (read by compile, never by layout). */
  image?: string;
}

export interface Pain {
  text: string;
  id?: string;
  severity?: Severity;
  /** Source ids. */
  evidence: string[];
}

export interface Opportunity {
  text: string;
  id?: string;
  status?: OpportunityStatus;
  owner?: string;
  link?: string;
  /** Ids of the pains it answers. */
  addresses: string[];
  /** Source ids. */
  evidence: string[];
}

export interface Source {
  id: string;
  kind: SourceKind;
  title?: string;
  n?: number;
  date?: string;
  link?: string;
}

export interface Lane {
  id: string;
  /** As declared, or the id. */
  label: string;
}

export interface Touchpoint {
  id: string;
  name: string;
  description?: string;
  channel?: string;
  when?: string;
  action?: string;
  thought?: PerPersona<string>;
  feeling?: PerPersona<string>;
  emotion?: PerPersona<number>;
  pains: Pain[];
  opportunities: Opportunity[];
  /** Source ids. */
  evidence: string[];
  owner?: string;
  metrics?: Record<string, number | string>;
  /** Blueprint lanes: one entry per step; absent when not written. */
  physicalEvidence?: string[];
  frontstage?: string[];
  backstage?: string[];
  support?: string[];
  /** Custom lanes by declared lane id: one entry per step. */
  lanes?: Record<string, string[]>;
}

export interface Stage {
  id: string;
  name: string;
  description?: string;
  pains: Pain[];
  opportunities: Opportunity[];
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
  /** In declaration order; one for `persona:`, empty when none is given. */
  personas: Persona[];
  timescale?: Timescale;
  emotionScale: [number, number];
  /** Score at or below which a local low counts as a valley; absent: strictly below neutral. */
  valleyThreshold?: number;
  /** Journey-quality rules turned off or up (rule code → level); absent when none is set. */
  rules?: Record<string, RuleLevel>;
  /** Declared registry, in declaration order; empty when none was declared. */
  channels: Channel[];
  font?: string;
  /** Research the map rests on, in declaration order; empty when none. */
  sources: Source[];
  /** Custom lanes, in declaration order; empty when none. */
  lanes: Lane[];
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
  'evidence',
  'owner',
  'metrics',
  'physicalEvidence',
  'frontstage',
  'backstage',
  'support',
  'lanes',
] as const satisfies readonly (keyof Touchpoint)[];
