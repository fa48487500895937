// Turns model values into the strings the page shows. Shared by the details panel and the table so
// both always say the same thing about a touchpoint. Returns plain text; callers escape.
import { channelLabelOf } from '../../i18n/channels.js';
import { isByPersona, valueFor } from '../../model/per-persona.js';
import { customLaneSteps } from '../../model/lanes.js';
import { citedSources } from '../../model/evidence.js';
import type { Journey, Opportunity, Pain, PerPersona, Source, Timescale, Touchpoint } from '../../model/journey.js';
import type { Labels } from '../../i18n/labels.js';
import { formatScore as formatLayoutScore, labelled } from '../../layout/context.js';

/** The score exactly as the analyst wrote it (the map itself rounds to one decimal). */
export const formatScore = (score: number, scale: readonly [number, number]): string => formatLayoutScore(score, scale, true);

export function formatTimescale(timescale: Timescale | undefined): string | undefined {
  if (timescale === undefined) return undefined;
  return typeof timescale === 'string' ? timescale : `${timescale.start} \u2013 ${timescale.end}`;
}

export function channelLabel(journey: Journey, channel: string | undefined): string | undefined {
  if (channel === undefined) return undefined;
  return channelLabelOf(journey, channel);
}

/** Pains or opportunities with their weight (severity, status, owner, link, evidence). */
export interface ItemsValue {
  items: 'pain' | 'opportunity';
  list: readonly (Pain | Opportunity)[];
}

/** The sources a touchpoint and its items cite, in full. */
export interface SourcesValue {
  sources: readonly Source[];
}

export interface Field {
  key: string;
  label: string;
  value: string | string[] | ItemsValue | SourcesValue;
}

/**
 * A thought or feeling: one text, or on a map with several personas one "Name: text" line per
 * persona that has its own, in `personas` order.
 */
function perPersona(journey: Journey, value: PerPersona<string> | undefined): string | string[] | undefined {
  if (!isByPersona(value) || journey.personas.length < 2) return valueFor(value, undefined);
  return journey.personas.flatMap((p) => {
    const text = valueFor(value, p.id);
    return text ? [labelled(journey.locale, p.name, text)] : [];
  });
}

/** The field key of a custom lane: never one of the built-in keys, which have no `lane-` in front. */
export const customFieldKey = (laneId: string): string => `lane-${laneId}`;

/** What a touchpoint and its pains and opportunities cite, in footnote order. */
const evidenceOf = (journey: Journey, tp: Touchpoint): Source[] =>
  citedSources([...tp.evidence, ...tp.pains.flatMap((p) => p.evidence), ...tp.opportunities.flatMap((o) => o.evidence)], journey);

/** A lane of one step reads as text; several steps as a list. */
const oneOrList = (steps: readonly string[] | undefined): string | string[] | undefined => (steps?.length === 1 ? steps[0] : steps ? [...steps] : undefined);

/** Every filled-in field of a touchpoint except name and emotion, in reading order. */
export function touchpointFields(journey: Journey, tp: Touchpoint, labels: Labels): Field[] {
  const lanes = labels.lanes;
  const cited = evidenceOf(journey, tp);
  const candidates: Array<[string, string, Field['value'] | undefined]> = [
    ['description', labels.page.description, tp.description],
    ['channel', labels.page.channel, channelLabel(journey, tp.channel)],
    ['when', labels.page.when, tp.when],
    ['action', lanes.action, tp.action],
    ['thought', lanes.thought, perPersona(journey, tp.thought)],
    ['feeling', lanes.feeling, perPersona(journey, tp.feeling)],
    ['pains', lanes.pains, tp.pains.length ? { items: 'pain', list: tp.pains } : undefined],
    ['opportunities', lanes.opportunities, tp.opportunities.length ? { items: 'opportunity', list: tp.opportunities } : undefined],
    ['owner', lanes.owner, tp.owner],
    ['metrics', labels.page.metrics, metricLines(tp)],
    ['physicalEvidence', lanes.physicalEvidence, oneOrList(tp.physicalEvidence)],
    ['frontstage', lanes.frontstage, oneOrList(tp.frontstage)],
    ['backstage', lanes.backstage, oneOrList(tp.backstage)],
    ['support', lanes.support, oneOrList(tp.support)],
    // The map's own lanes, after the built-in ones, in declared order, under their declared labels.
    ...journey.lanes.map((lane): [string, string, Field['value'] | undefined] => [
      customFieldKey(lane.id),
      lane.label,
      oneOrList(customLaneSteps(tp, lane.id)),
    ]),
    ['evidence', labels.items.evidence, cited.length ? { sources: cited } : undefined],
  ];
  const fields: Field[] = [];
  for (const [key, label, value] of candidates) {
    if (value === undefined || (typeof value === 'string' && value.length === 0) || (Array.isArray(value) && value.length === 0)) continue;
    fields.push({ key, label, value });
  }
  return fields;
}

/** Metrics in declaration order (the spec author's order), one "name: value" line each. */
function metricLines(tp: Touchpoint): string[] | undefined {
  if (!tp.metrics) return undefined;
  return Object.entries(tp.metrics).map(([name, value]) => `${name}: ${value}`);
}
