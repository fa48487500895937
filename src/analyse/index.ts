// analyse(): the emotion curve, its valleys and per-stage figures. Pure functions over the model;
// layout, the renderers and `cjm report` all read the same result.
import type { Journey } from '../model/journey.js';
import { primaryEmotion, seriesPersonaIds, valueFor } from '../model/per-persona.js';
import type { Analysis, CurvePoint, PersonaAnalysis, StageStats, Valley } from './analysis.js';

export type { Analysis, CurvePoint, PersonaAnalysis, Valley, StageStats } from './analysis.js';
export { lint } from './lint.js';
export { curvesOf, type CurveAnalysis } from './curves.js';

/**
 * The scored points in journey order: of one persona (by id), or of the map's first curve when
 * `personaId` is undefined (the only persona's, or the first persona's).
 */
export function emotionCurve(journey: Journey, personaId?: string): CurvePoint[] {
  const curve: CurvePoint[] = [];
  let index = 0;
  for (const stage of journey.stages) {
    for (const tp of stage.touchpoints) {
      const emotion = personaId === undefined ? primaryEmotion(journey, tp.emotion) : valueFor(tp.emotion, personaId);
      if (emotion !== undefined) curve.push({ touchpointId: tp.id, stageId: stage.id, index, emotion, ...(personaId === undefined ? {} : { personaId }) });
      index += 1;
    }
  }
  return curve;
}

/**
 * Local minima of the curve that are low enough: strictly below `neutral`, or at or below
 * `threshold` when the map sets `valleyThreshold`. A point at neutral or above is never a valley,
 * so an all-positive map raises no alarm. A flat run counts as one minimum when both its neighbours
 * are higher (or it touches an end), and then every point of the run is a valley: each is a moment
 * the customer spends down there. `lowest` marks the valleys at the journey's lowest score (the
 * global lowest run is always a local minimum, so it is a valley whenever it is low enough).
 */
export function findValleys(curve: readonly CurvePoint[], neutral: number, threshold?: number): Valley[] {
  const lowEnough = (score: number): boolean => (threshold === undefined ? score < neutral : score <= threshold);
  if (curve.length === 0) return [];
  // reduce, not a spread: a map can have more touchpoints than a call takes arguments.
  const lowestScore = curve.reduce((m, p) => Math.min(m, p.emotion), Infinity);
  const out: Valley[] = [];
  let i = 0;
  while (i < curve.length) {
    let j = i;
    const score = curve[i]!.emotion;
    while (j + 1 < curve.length && curve[j + 1]!.emotion === score) j += 1;
    const before = curve[i - 1]?.emotion ?? Infinity;
    const after = curve[j + 1]?.emotion ?? Infinity;
    const localMin = before > score && after > score;
    const lowest = score === lowestScore;
    if (localMin && lowEnough(score)) {
      for (let k = i; k <= j; k += 1) {
        const p = curve[k]!;
        out.push({
          touchpointId: p.touchpointId,
          stageId: p.stageId,
          index: p.index,
          emotion: p.emotion,
          lowest,
          ...(p.personaId === undefined ? {} : { personaId: p.personaId }),
        });
      }
    }
    i = j + 1;
  }
  return out;
}

/** Per stage: every series' scores pooled (one persona's or several), and how many touchpoints have any. */
function stageStats(journey: Journey, personaIds: readonly (string | undefined)[]): StageStats[] {
  return journey.stages.map((stage) => {
    const perTouchpoint = stage.touchpoints.map((tp) =>
      personaIds.flatMap((id) => {
        const emotion = id === undefined ? primaryEmotion(journey, tp.emotion) : valueFor(tp.emotion, id);
        return emotion === undefined ? [] : [emotion];
      }),
    );
    const scores = perTouchpoint.flat();
    const stats: StageStats = {
      stageId: stage.id,
      touchpoints: stage.touchpoints.length,
      scored: perTouchpoint.filter((s) => s.length > 0).length,
      pains: stage.pains.length + stage.touchpoints.reduce((n, tp) => n + tp.pains.length, 0),
      opportunities: stage.opportunities.length + stage.touchpoints.reduce((n, tp) => n + tp.opportunities.length, 0),
    };
    if (scores.length > 0) {
      stats.average = scores.reduce((a, b) => a + b, 0) / scores.length;
      stats.min = scores.reduce((m, s) => Math.min(m, s), Infinity);
      stats.max = scores.reduce((m, s) => Math.max(m, s), -Infinity);
    }
    return stats;
  });
}

const lowestOf = (curve: readonly CurvePoint[]): CurvePoint | undefined =>
  curve.reduce<CurvePoint | undefined>((low, p) => (!low || p.emotion < low.emotion ? p : low), undefined);

/** Each persona's curve and valleys, on a map with several personas. */
function personaAnalyses(journey: Journey, neutral: number): PersonaAnalysis[] {
  return journey.personas.map((persona) => {
    const curve = emotionCurve(journey, persona.id);
    const out: PersonaAnalysis = { personaId: persona.id, curve, valleys: findValleys(curve, neutral, journey.valleyThreshold) };
    const lowest = lowestOf(curve);
    if (lowest) out.lowest = lowest;
    return out;
  });
}

/** Valleys of every persona in journey order, then persona order at one touchpoint. */
function mergedValleys(personas: readonly PersonaAnalysis[]): Valley[] {
  const rank = new Map(personas.map((p, i) => [p.personaId, i]));
  return personas.flatMap((p) => p.valleys).sort((a, b) => a.index - b.index || (rank.get(a.personaId ?? '') ?? 0) - (rank.get(b.personaId ?? '') ?? 0));
}

export function analyse(journey: Journey): Analysis {
  const [lo, hi] = journey.emotionScale;
  const neutral = (lo + hi) / 2;
  const personas = journey.personas.length > 1 ? personaAnalyses(journey, neutral) : undefined;
  const curve = personas ? personas[0]!.curve : emotionCurve(journey);
  const valleys = personas ? mergedValleys(personas) : findValleys(curve, neutral, journey.valleyThreshold);
  const stages = stageStats(journey, seriesPersonaIds(journey));
  const analysis: Analysis = { neutral, curve, valleys, stages };
  if (journey.valleyThreshold !== undefined) analysis.valleyThreshold = journey.valleyThreshold;
  const lowest = lowestOf(curve);
  if (lowest) analysis.lowest = lowest;
  if (personas) analysis.personas = personas;
  let worst: StageStats | undefined;
  for (const s of stages) if (s.average !== undefined && (worst?.average === undefined || s.average < worst.average)) worst = s;
  if (worst) analysis.worstStageId = worst.stageId;
  return analysis;
}
