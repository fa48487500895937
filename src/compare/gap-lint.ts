// The gap check: every valley of the baseline must be answered in this map, by a higher score on
// the touchpoint with the same id or by dropping it. Reads the model of change, like the drawing.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { primaryEmotion, valueFor } from '../model/per-persona.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Journey, Touchpoint } from '../model/journey.js';
import type { RuleLevel } from '../model/rules.js';
import { ruleLevel } from '../analyse/lint.js';
import type { ParsedSource } from '../parse/source.js';
import { formatScore } from '../text/score.js';
import type { Baseline } from './baseline.js';
import { rescale } from './diff.js';

function pathOf(journey: Journey, id: string): (string | number)[] | undefined {
  for (const [si, stage] of journey.stages.entries()) {
    const ti = stage.touchpoints.findIndex((tp) => tp.id === id);
    if (ti >= 0) return ['stages', si, 'touchpoints', ti];
  }
  return undefined;
}

/** Like lint(): the rule's level comes from the spec's `rules:`, then `defaults` (cjm.config.yaml); off reports nothing. */
export function baselineGaps(journey: Journey, baseline: Baseline, source?: ParsedSource, defaults: Readonly<Record<string, RuleLevel>> = {}): Diagnostic[] {
  const level = ruleLevel(journey, defaults)('baseline-valley-unanswered');
  if (level === 'off') return [];
  const file = source?.file ?? '<stdin>';
  const out: Diagnostic[] = [];
  const touchpoints = new Map(journey.stages.flatMap((s) => s.touchpoints.map((tp) => [tp.id, tp] as const)));
  // A persona's valley is answered by that persona's score now; a valley of a single curve, or of a
  // persona this map no longer has, by this map's first curve.
  const several = journey.personas.length > 1;
  const scoreNow = (tp: Touchpoint, personaId: string | undefined): number | undefined =>
    several && personaId !== undefined && journey.personas.some((p) => p.id === personaId)
      ? valueFor(tp.emotion, personaId)
      : primaryEmotion(journey, tp.emotion);
  const whose = (id: string | undefined): string => {
    const name = baseline.journey.personas.find((p) => p.id === id)?.name;
    return id === undefined || name === undefined ? '' : ` (${name})`;
  };
  for (const valley of baseline.analysis.valleys) {
    const current = touchpoints.get(valley.touchpointId);
    if (!current) continue; // dropped: answered
    const now = scoreNow(current, valley.personaId);
    if (now !== undefined && now > rescale(valley.emotion, baseline.journey.emotionScale, journey.emotionScale)) continue;
    const path = pathOf(journey, valley.touchpointId);
    const tp = path ? journey.stages[path[1] as number]!.touchpoints[path[3] as number]! : undefined;
    const at = baseline.source.locate([...(pathOf(baseline.journey, valley.touchpointId) ?? []), 'emotion'], 'key');
    const where = `${baseline.file}:${at.line}`;
    const span = source
      ? path
        ? source.locate([...path, now === undefined ? 'name' : 'emotion'], 'key')
        : source.locate(['baseline'], 'value')
      : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    out.push(
      diagnosticAt(
        {
          ...problems.baselineValleyUnanswered(
            `${tp?.name ?? valley.touchpointId}${whose(valley.personaId)}`,
            where,
            formatScore(valley.emotion, baseline.journey.emotionScale),
          ),
          severity: level,
        },
        file,
        span,
      ),
    );
  }
  return out;
}
