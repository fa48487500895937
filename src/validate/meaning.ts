// Checks the schema cannot express: unique ids, scores inside the declared scale, channels from
// the registry, stages that can be named, and warnings for maps that render but say little.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Problem } from '../diagnostics/codes.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import type { JourneySpec } from '../model/schema.js';
import { canonicalLocale } from '../i18n/labels.js';
import { declaredIds } from '../diagnostics/suggest.js';
import { MAX_DIAGNOSTICS } from '../model/limits.js';
import { referenceDiagnostics } from './references.js';

export const DEFAULT_SCALE: readonly [number, number] = [-2, 2];

/** The metrics object as parsed, before validation; {} when there is none. */
function rawMetrics(data: unknown, stage: number, touchpoint: number): object {
  const metrics = (data as { stages?: { touchpoints?: { metrics?: unknown }[] }[] })?.stages?.[stage]?.touchpoints?.[touchpoint]?.metrics;
  return metrics !== null && typeof metrics === 'object' ? metrics : {};
}

export function meaningDiagnostics(spec: JourneySpec, source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (problem: Problem, path: DataPath, part: 'key' | 'value' = 'value'): void => {
    out.push(diagnosticAt(problem, source.file, source.locate(path, part)));
  };
  // Remembers where each id was first written, so a duplicate can say which line it repeats.
  const firstUse = (seen: Map<string, DataPath>, id: string, path: DataPath): number | undefined => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    return first === undefined ? undefined : source.locate(first).line;
  };

  const [min, max] = spec.emotionScale ?? DEFAULT_SCALE;
  const scaleOk = min < max;
  if (!scaleOk) report(problems.scaleOrder(min, max), ['emotionScale']);
  const threshold = spec.valleyThreshold;
  if (scaleOk && threshold !== undefined && (threshold < min || threshold > max))
    report(problems.thresholdOutOfScale(min, max, threshold), ['valleyThreshold']);
  // A locale cjm has no labels for falls back to English labels, with a warning.
  if (spec.locale !== undefined && canonicalLocale(spec.locale) === undefined) {
    report(problems.unknownLocale(spec.locale), ['locale']);
  }
  const channels = spec.channels === undefined ? undefined : declaredIds(Object.keys(spec.channels), MAX_DIAGNOSTICS);

  const stageIds = new Map<string, DataPath>();
  const touchpointIds = new Map<string, DataPath>();
  let scored = 0;
  spec.stages.forEach((stage, s) => {
    const stagePath = ['stages', s];
    if (stage.id === undefined && stage.name === undefined) report(problems.unnamedStage(), stagePath);
    if (stage.id !== undefined) {
      const first = firstUse(stageIds, stage.id, [...stagePath, 'id']);
      if (first !== undefined) report(problems.duplicateStageId(stage.id, first), [...stagePath, 'id']);
    }
    if (stage.touchpoints.length === 0) {
      report(problems.emptyStage(stage.name ?? stage.id ?? `#${s + 1}`), [...stagePath, 'touchpoints'], 'key');
    }
    stage.touchpoints.forEach((tp, t) => {
      const path = [...stagePath, 'touchpoints', t];
      if (tp.id !== undefined) {
        const first = firstUse(touchpointIds, tp.id, [...path, 'id']);
        if (first !== undefined) report(problems.duplicateTouchpointId(tp.id, first), [...path, 'id']);
      }
      // zod drops a `__proto__` key (it cannot be a plain object key), so look at what was written.
      if (Object.hasOwn(rawMetrics(source.data, s, t), '__proto__')) report(problems.reservedKey('__proto__'), [...path, 'metrics', '__proto__'], 'key');
      if (tp.emotion !== undefined) {
        scored += 1;
        // One score, or one per persona (each reported at its own value).
        const scores: [number, DataPath][] =
          typeof tp.emotion === 'number' ? [[tp.emotion, [...path, 'emotion']]] : Object.entries(tp.emotion).map(([id, v]) => [v, [...path, 'emotion', id]]);
        for (const [score, at] of scores) if (scaleOk && (score < min || score > max)) report(problems.emotionOutOfScale(min, max, score), at);
      }
      if (channels !== undefined && tp.channel !== undefined && !channels.has(tp.channel)) {
        report(problems.unknownChannel(tp.channel, channels.suggest(tp.channel), channels.ids), [...path, 'channel']);
      }
    });
  });
  if (scored < 2) report(problems.tooFewScores(scored), ['stages'], 'key');
  for (const d of referenceDiagnostics(spec, source)) out.push(d);
  return out;
}
