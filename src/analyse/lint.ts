// Journey-quality warnings: things a reviewer of the map would flag, not errors in the spec.
// Positions come from the parsed source when the caller has it (`cjm validate`, `cjm build`).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Journey } from '../model/journey.js';
import type { DataPath, ParsedSource } from '../parse/source.js';
import type { Analysis } from './analysis.js';

export function lint(journey: Journey, analysis: Analysis, source?: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (code: string, message: string, path: DataPath, hint?: string): void => {
    const span = source?.locate(path, 'key') ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const d: Diagnostic = { severity: 'warning', code, message, file: source?.file ?? '<stdin>', ...span };
    if (hint) d.hint = hint;
    out.push(d);
  };
  const valleyIds = new Set(analysis.valleys.map((v) => v.touchpointId));
  journey.stages.forEach((stage, si) => {
    const stageHasOpportunity = stage.opportunities.length > 0 || stage.touchpoints.some((tp) => tp.opportunities.length > 0);
    stage.touchpoints.forEach((tp, ti) => {
      const path = ['stages', si, 'touchpoints', ti];
      if (valleyIds.has(tp.id) && tp.pains.length === 0 && tp.opportunities.length === 0) {
        warn('valley-without-pain', `"${tp.name}" is a valley but names no pain point or opportunity`, path, 'say what hurts here (pains) and what could be done (opportunities)');
      }
      if (tp.pains.length > 0 && !stageHasOpportunity) {
        warn('pain-without-opportunity', `"${tp.name}" has pain points but stage "${stage.name}" has no opportunity`, [...path, 'pains'], 'add an opportunity to this touchpoint or its stage');
      }
    });
  });
  return out;
}
