// Checks between the parts of a map: per-persona values name declared personas, `addresses` names
// declared pains, `evidence` names declared sources, touchpoint `lanes` name declared lanes, and each
// of those ids is declared once. The schema checks each part alone; this file checks they agree.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Problem } from '../diagnostics/codes.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import type { JourneySpec, OpportunitySpec, PainSpec } from '../model/schema.js';
import { MAX_PERSONAS } from '../model/schema.js';
import { declaredIds } from '../diagnostics/suggest.js';
import { MAX_DIAGNOSTICS } from '../model/limits.js';
import { isByPersona } from '../model/per-persona.js';

/** Lane keys the map draws itself; a custom lane may not take one (its classes and anchors would clash). */
export const BUILT_IN_LANES = [
  'touchpoint',
  'action',
  'thought',
  'feeling',
  'emotion',
  'pains',
  'opportunities',
  'physicalEvidence',
  'frontstage',
  'backstage',
  'support',
] as const;

type Kind = 'persona' | 'pain' | 'source' | 'lane';

export function referenceDiagnostics(spec: JourneySpec, source: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (problem: Problem, path: DataPath, part: 'key' | 'value' = 'value'): void => {
    out.push(diagnosticAt(problem, source.file, source.locate(path, part)));
  };
  /** Declares ids of one kind, reporting repeats; returns them in order. */
  const declare = (duplicate: (id: string, firstLine: number) => Problem, entries: [string | undefined, DataPath][]): string[] => {
    const first = new Map<string, DataPath>();
    for (const [id, path] of entries) {
      if (id === undefined) continue;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, path);
      else report(duplicate(id, source.locate(seen).line), path);
    }
    return [...first.keys()];
  };
  const known: Record<Kind, string[]> = { persona: [], pain: [], source: [], lane: [] };
  const unknown = { persona: problems.unknownPersona, pain: problems.unknownPain, source: problems.unknownSource, lane: problems.unknownLane };
  // Made at the first check: every id is declared before anything is checked.
  const lookups = new Map<Kind, ReturnType<typeof declaredIds>>();
  const check = (kind: Kind, id: string, path: DataPath, part: 'key' | 'value' = 'value'): void => {
    let declared = lookups.get(kind);
    if (!declared) lookups.set(kind, (declared = declaredIds(known[kind], MAX_DIAGNOSTICS)));
    if (!declared.has(id)) report(unknown[kind](id, declared.suggest(id), declared.ids), path, part);
  };

  if (spec.persona !== undefined && spec.personas !== undefined) report(problems.personaTwice(), ['personas'], 'key');
  if (spec.personas !== undefined && spec.personas.length > MAX_PERSONAS)
    report(problems.tooManyPersonas(spec.personas.length, MAX_PERSONAS), ['personas'], 'key');
  // Per-persona values name explicit ids: a derived id would change whenever a name is edited.
  known.persona = declare(
    problems.duplicatePersonaId,
    (spec.personas ?? (spec.persona ? [spec.persona] : [])).map((p, i) => [p.id, spec.personas ? ['personas', i, 'id'] : ['persona', 'id']]),
  );
  known.source = declare(
    problems.duplicateSourceId,
    (spec.sources ?? []).map((s, i) => [s.id, ['sources', i, 'id']]),
  );
  known.lane = declare(
    problems.duplicateLaneId,
    (spec.lanes ?? []).map((l, i) => [l.id, ['lanes', i, 'id']]),
  );
  (spec.lanes ?? []).forEach((lane, i) => {
    if ((BUILT_IN_LANES as readonly string[]).includes(lane.id)) report(problems.reservedLaneId(lane.id), ['lanes', i, 'id']);
  });

  // Every item list of the map, with its path, in map order.
  const painLists: [readonly PainSpec[], DataPath][] = [];
  const opportunityLists: [readonly OpportunitySpec[], DataPath][] = [];
  spec.stages.forEach((stage, s) => {
    painLists.push([stage.pains ?? [], ['stages', s, 'pains']]);
    opportunityLists.push([stage.opportunities ?? [], ['stages', s, 'opportunities']]);
    stage.touchpoints.forEach((tp, t) => {
      painLists.push([tp.pains ?? [], ['stages', s, 'touchpoints', t, 'pains']]);
      opportunityLists.push([tp.opportunities ?? [], ['stages', s, 'touchpoints', t, 'opportunities']]);
    });
  });
  const objects = <T>(lists: [readonly (string | T)[], DataPath][]): [T, DataPath][] =>
    lists.flatMap(([items, path]) => items.flatMap((item, i): [T, DataPath][] => (typeof item === 'string' ? [] : [[item, [...path, i]]])));
  const pains = objects(painLists);
  const opportunities = objects(opportunityLists);
  known.pain = declare(
    problems.duplicatePainId,
    pains.map(([p, path]) => [p.id, [...path, 'id']]),
  );
  declare(
    problems.duplicateOpportunityId,
    opportunities.map(([o, path]) => [o.id, [...path, 'id']]),
  );

  const checkEvidence = (ids: readonly string[] | undefined, path: DataPath): void => {
    ids?.forEach((id, i) => {
      check('source', id, [...path, 'evidence', i]);
    });
  };
  for (const [pain, path] of pains) checkEvidence(pain.evidence, path);
  for (const [opportunity, path] of opportunities) {
    checkEvidence(opportunity.evidence, path);
    opportunity.addresses?.forEach((id, i) => {
      check('pain', id, [...path, 'addresses', i]);
    });
  }
  spec.stages.forEach((stage, s) => {
    stage.touchpoints.forEach((tp, t) => {
      const path = ['stages', s, 'touchpoints', t];
      checkEvidence(tp.evidence, path);
      for (const field of ['emotion', 'thought', 'feeling'] as const) {
        const value = tp[field];
        if (!isByPersona(value)) continue;
        for (const id of Object.keys(value)) check('persona', id, [...path, field, id], 'key');
      }
      for (const id of Object.keys(tp.lanes ?? {})) check('lane', id, [...path, 'lanes', id], 'key');
    });
  });
  return out;
}
