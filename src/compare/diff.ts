// diffJourneys(): two validated journeys in, their difference out, matched by touchpoint id. Pure;
// every list comes out in map order (new map for what is there now, old map for what is gone),
// so the same pair always gives the same change.
import type { Analysis, Valley } from '../analyse/analysis.js';
import type { Journey, Stage, Touchpoint } from '../model/journey.js';
import { TOUCHPOINT_KEYS } from '../model/journey.js';
import { itemTexts, primaryEmotion } from '../model/per-persona.js';
import type { ItemChanges, ItemRef, JourneyChange, StageChange, TimelineEntry, TouchpointEdit, TouchpointRef, ValleyRef } from './change.js';
import { fieldsThatDiffer, sameValue } from './same.js';

/** Model order of touchpoint fields, so `fields` lists read the way a spec does. */
const TOUCHPOINT_FIELDS = TOUCHPOINT_KEYS.filter((key) => key !== 'id');
const STAGE_FIELDS = ['name', 'description', 'pains', 'opportunities'];
const JOURNEY_FIELDS = ['title', 'type', 'locale', 'baseline', 'personas', 'timescale', 'emotionScale', 'channels', 'font', 'rules'];

interface Placed {
  tp: Touchpoint;
  stage: Stage;
  /** The score of the map's first curve (the first persona's when there are several). */
  score: number | null;
}

function placeAll(journey: Journey): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const stage of journey.stages) for (const tp of stage.touchpoints) out.set(tp.id, { tp, stage, score: primaryEmotion(journey, tp.emotion) ?? null });
  return out;
}

const scoreOf = (placed: Placed | undefined): number | null => placed?.score ?? null;
const refOf = (placed: Placed): TouchpointRef => ({ id: placed.tp.id, name: placed.tp.name, stageId: placed.stage.id, emotion: scoreOf(placed) });

function editOf(before: Placed, after: Placed): TouchpointEdit | undefined {
  const fields = fieldsThatDiffer(before.tp, after.tp, TOUCHPOINT_FIELDS, ['id']);
  if (fields.length === 0) return undefined;
  const edit: TouchpointEdit = { id: after.tp.id, name: after.tp.name, stageId: after.stage.id, fields };
  if (fields.includes('name')) edit.renamed = { from: before.tp.name, to: after.tp.name };
  if (fields.includes('emotion')) edit.emotion = { from: scoreOf(before), to: scoreOf(after) };
  return edit;
}

/** Stage averages by id (a Map, so a map with many stages is not searched once per stage). */
const averages = (analysis: Analysis): Map<string, number | null> => new Map(analysis.stages.map((s) => [s.stageId, s.average ?? null]));

/** Ids of `stage`'s touchpoints that `other` also holds, in `stage`'s order. */
const sharedOrder = (stage: Stage, other: Stage): string[] => {
  const ids = new Set(other.touchpoints.map((tp) => tp.id));
  return stage.touchpoints.map((tp) => tp.id).filter((id) => ids.has(id));
};

/**
 * Both lists in one: `after`'s order, each item only in `before` placed right after the item it
 * followed there (or first), so the merged list reads like both.
 */
export function mergeOrder<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): { item: T; removed: boolean }[] {
  const afterKeys = new Set(after.map(key));
  const removedAfter = new Map<string | undefined, T[]>();
  let previous: string | undefined;
  for (const item of before) {
    if (afterKeys.has(key(item))) previous = key(item);
    else {
      const run = removedAfter.get(previous);
      if (run) run.push(item);
      else removedAfter.set(previous, [item]);
    }
  }
  const gone = (k: string | undefined) => (removedAfter.get(k) ?? []).map((item) => ({ item, removed: true }));
  const out = gone(undefined);
  for (const item of after) out.push({ item, removed: false }, ...gone(key(item)));
  return out;
}

function stageChanges(oldJ: Journey, newJ: Journey, oldA: Analysis, newA: Analysis): StageChange[] {
  const oldById = new Map(oldJ.stages.map((s) => [s.id, s]));
  const [oldAvg, newAvg] = [averages(oldA), averages(newA)];
  const average = (byId: Map<string, number | null>, id: string): number | null => byId.get(id) ?? null;
  const kept = (stage: Stage): StageChange => {
    const before = oldById.get(stage.id);
    if (!before) return { id: stage.id, name: stage.name, status: 'added', fields: [], average: { from: null, to: average(newAvg, stage.id) } };
    const fields = fieldsThatDiffer(before, stage, STAGE_FIELDS, ['id', 'touchpoints']);
    if (!sameValue(sharedOrder(before, stage), sharedOrder(stage, before))) fields.push('order');
    return { id: stage.id, name: stage.name, status: 'kept', fields, average: { from: average(oldAvg, stage.id), to: average(newAvg, stage.id) } };
  };
  const removed = (stage: Stage): StageChange => ({
    id: stage.id,
    name: stage.name,
    status: 'removed',
    fields: [],
    average: { from: average(oldAvg, stage.id), to: null },
  });
  return mergeOrder(oldJ.stages, newJ.stages, (st) => st.id).map(({ item, removed: gone }) => (gone ? removed(item) : kept(item)));
}

/** Items as a multiset per owner: an item in `b` with no equal item left in `a` under the same owner. */
function itemsOnlyIn(a: ItemRef[], b: ItemRef[]): ItemRef[] {
  const key = (item: ItemRef): string => JSON.stringify([item.owner, item.id, item.text]);
  const counts = new Map<string, number>();
  for (const item of a) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return b.filter((item) => {
    const left = counts.get(key(item)) ?? 0;
    if (left > 0) counts.set(key(item), left - 1);
    return left === 0;
  });
}

function itemsOf(journey: Journey, kind: 'pains' | 'opportunities'): ItemRef[] {
  const out: ItemRef[] = [];
  for (const stage of journey.stages) {
    for (const text of itemTexts(stage[kind])) out.push({ owner: 'stage', id: stage.id, name: stage.name, text });
    for (const tp of stage.touchpoints) for (const text of itemTexts(tp[kind])) out.push({ owner: 'touchpoint', id: tp.id, name: tp.name, text });
  }
  return out;
}

function itemChanges(oldJ: Journey, newJ: Journey, kind: 'pains' | 'opportunities'): ItemChanges {
  const before = itemsOf(oldJ, kind);
  const after = itemsOf(newJ, kind);
  return { added: itemsOnlyIn(before, after), removed: itemsOnlyIn(after, before) };
}

/**
 * Valleys matched by touchpoint id and persona: a valley of a map's only curve counts as its first
 * persona's, so a map that gains a second persona keeps its first persona's valleys.
 */
function valleyChanges(
  oldJ: Journey,
  newJ: Journey,
  oldA: Analysis,
  newA: Analysis,
  placedNew: Map<string, Placed>,
  placedOld: Map<string, Placed>,
): JourneyChange['valleys'] {
  // Neither map has several personas: by touchpoint alone, whatever the persona is called.
  const perPersona = oldJ.personas.length > 1 || newJ.personas.length > 1;
  const personaOf = (j: Journey, v: Valley): string => (perPersona ? (v.personaId ?? j.personas[0]?.id ?? '') : '');
  const key = (j: Journey, v: Valley): string => `${personaOf(j, v)}\u0000${v.touchpointId}`;
  const oldKeys = new Set(oldA.valleys.map((v) => key(oldJ, v)));
  const newKeys = new Set(newA.valleys.map((v) => key(newJ, v)));
  const ref = (j: Journey, v: Valley, placed: Map<string, Placed>): ValleyRef => {
    const persona = v.personaId === undefined ? undefined : j.personas.find((p) => p.id === v.personaId);
    return {
      touchpointId: v.touchpointId,
      name: placed.get(v.touchpointId)?.tp.name ?? v.touchpointId,
      stageId: v.stageId,
      emotion: v.emotion,
      ...(persona ? { persona: { id: persona.id, name: persona.name } } : {}),
    };
  };
  return {
    opened: newA.valleys.filter((v) => !oldKeys.has(key(newJ, v))).map((v) => ref(newJ, v, placedNew)),
    closed: oldA.valleys
      .filter((v) => !newKeys.has(key(oldJ, v)))
      .map((v) => (placedNew.has(v.touchpointId) ? ref(oldJ, v, placedOld) : { ...ref(oldJ, v, placedOld), dropped: true })),
  };
}

function journeyFields(oldJ: Journey, newJ: Journey): string[] {
  const fields = fieldsThatDiffer(oldJ, newJ, JOURNEY_FIELDS, ['stages']);
  const newIds = new Set(newJ.stages.map((s) => s.id));
  const oldIds = new Set(oldJ.stages.map((s) => s.id));
  const keptOld = oldJ.stages.map((s) => s.id).filter((id) => newIds.has(id));
  const keptNew = newJ.stages.map((s) => s.id).filter((id) => oldIds.has(id));
  if (!sameValue(keptOld, keptNew)) fields.push('stages');
  return fields;
}

/** The change from `oldJourney` to `newJourney`; each analysis must be of its own journey. */
export function diffJourneys(oldJourney: Journey, newJourney: Journey, oldAnalysis: Analysis, newAnalysis: Analysis): JourneyChange {
  const placedOld = placeAll(oldJourney);
  const placedNew = placeAll(newJourney);
  const added: TouchpointRef[] = [];
  const moved: JourneyChange['touchpoints']['moved'] = [];
  const changed: TouchpointEdit[] = [];
  for (const after of placedNew.values()) {
    const before = placedOld.get(after.tp.id);
    if (!before) {
      added.push(refOf(after));
      continue;
    }
    if (before.stage.id !== after.stage.id) moved.push({ id: after.tp.id, name: after.tp.name, from: before.stage.id, to: after.stage.id });
    const edit = editOf(before, after);
    if (edit) changed.push(edit);
  }
  const timeline = mergeOrder([...placedOld.values()], [...placedNew.values()], (p) => p.tp.id).map(({ item, removed: gone }): TimelineEntry => {
    const other = gone ? undefined : placedOld.get(item.tp.id);
    const status = gone ? 'removed' : other ? 'kept' : 'added';
    return {
      id: item.tp.id,
      name: item.tp.name,
      stageId: item.stage.id,
      status,
      emotion: gone ? { from: scoreOf(item), to: null } : { from: scoreOf(other), to: scoreOf(item) },
    };
  });
  const removed = [...placedOld.values()].filter((p) => !placedNew.has(p.tp.id)).map(refOf);
  const stages = stageChanges(oldJourney, newJourney, oldAnalysis, newAnalysis);
  const change: JourneyChange = {
    titles: { from: oldJourney.title, to: newJourney.title },
    scales: { from: oldJourney.emotionScale, to: newJourney.emotionScale },
    fields: journeyFields(oldJourney, newJourney),
    touchpoints: { added, removed, moved, changed },
    timeline,
    stages,
    valleys: valleyChanges(oldJourney, newJourney, oldAnalysis, newAnalysis, placedNew, placedOld),
    pains: itemChanges(oldJourney, newJourney, 'pains'),
    opportunities: itemChanges(oldJourney, newJourney, 'opportunities'),
    differs: false,
  };
  change.differs =
    change.fields.length > 0 ||
    added.length + removed.length + moved.length + changed.length > 0 ||
    stages.some((s) => s.status !== 'kept' || s.fields.length > 0);
  return change;
}

/** A score on `from`'s scale placed on `to`'s, linearly (lowest to lowest, highest to highest). */
export function rescale(score: number, from: readonly [number, number], to: readonly [number, number]): number {
  if (from[0] === to[0] && from[1] === to[1]) return score;
  const span = from[1] - from[0];
  if (span === 0) return (to[0] + to[1]) / 2;
  return to[0] + ((score - from[0]) / span) * (to[1] - to[0]);
}
