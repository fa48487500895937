// Journey-quality warnings: things a reviewer of the map would flag, not errors in the spec.
// Positions come from the parsed source when the caller has it (`cjm validate`, `cjm build`).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Problem } from '../diagnostics/codes.js';
import { diagnosticAt, problems } from '../diagnostics/codes.js';
import type { Journey, Pain } from '../model/journey.js';
import type { RuleLevel } from '../model/schema.js';
import { RULE_DEFAULTS } from '../model/rules.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import type { Analysis } from './analysis.js';

/**
 * The level a journey-quality rule runs at: the spec's own `rules:` win over `defaults`, the
 * project's (cjm.config.yaml); a rule neither names runs at its RULE_DEFAULTS level (a warning, or
 * off for an opt-in rule). The gap check uses it too.
 */
export function ruleLevel(journey: Journey, defaults: Readonly<Record<string, RuleLevel>> = {}): (code: string) => RuleLevel {
  const levels: Record<string, RuleLevel> = { ...RULE_DEFAULTS, ...defaults, ...journey.rules };
  return (code) => (Object.hasOwn(levels, code) ? levels[code]! : 'warning');
}

/**
 * `defaults` are the project's rule levels (cjm.config.yaml); the spec's own `rules:` win over them.
 * A rule set to off reports nothing; set to error, its finding fails the build like any error.
 */
export function lint(journey: Journey, analysis: Analysis, source?: ParsedSource, defaults: Readonly<Record<string, RuleLevel>> = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const levelOf = ruleLevel(journey, defaults);
  const warn = (problem: Problem, path: DataPath): void => {
    const level = levelOf(problem.code);
    if (level === 'off') return;
    const span = source?.locate(path, 'key') ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    out.push(diagnosticAt({ ...problem, severity: level }, source?.file ?? '<stdin>', span));
  };
  const valleyIds = new Set(analysis.valleys.map((v) => v.touchpointId));
  const addressed = new Set(
    journey.stages.flatMap((stage) => [...stage.opportunities, ...stage.touchpoints.flatMap((tp) => tp.opportunities)].flatMap((o) => o.addresses)),
  );
  // A high pain no opportunity answers, at its `severity:` (a pain without an id cannot be answered).
  const unaddressed = (pains: readonly Pain[], path: DataPath): void => {
    pains.forEach((pain, i) => {
      if (pain.severity === 'high' && (pain.id === undefined || !addressed.has(pain.id)))
        warn(problems.painUnaddressed(pain.text, pain.id), [...path, i, 'severity']);
    });
  };
  journey.stages.forEach((stage, si) => {
    unaddressed(stage.pains, ['stages', si, 'pains']);
    const stageHasOpportunity = stage.opportunities.length > 0 || stage.touchpoints.some((tp) => tp.opportunities.length > 0);
    stage.touchpoints.forEach((tp, ti) => {
      const path = ['stages', si, 'touchpoints', ti];
      if (valleyIds.has(tp.id) && tp.pains.length === 0 && tp.opportunities.length === 0) warn(problems.valleyWithoutPain(tp.name), [...path, 'emotion']);
      if (tp.pains.length > 0 && !stageHasOpportunity) warn(problems.painWithoutOpportunity(tp.name, stage.name), [...path, 'pains']);
      unaddressed(tp.pains, [...path, 'pains']);
      if (valleyIds.has(tp.id) && tp.evidence.length === 0 && tp.pains.every((p) => p.evidence.length === 0))
        warn(problems.valleyWithoutEvidence(tp.name), [...path, 'emotion']);
    });
  });
  return out;
}
