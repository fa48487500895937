// The normalised model that validation produces and every later step reads.
// Defaults are filled in, ids are derived, lists are never undefined.
import type { LintRule, MapType, RuleLevel } from './schema.js';

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
  /** Declared registry, in declaration order; empty when none was declared. */
  channels: Channel[];
  font?: string;
  /** Journey-quality checks turned off or up, as declared. */
  rules?: Partial<Record<LintRule, RuleLevel>>;
  stages: Stage[];
}
