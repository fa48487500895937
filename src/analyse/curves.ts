// The curves of an analysis as one list, so no reader tests whether the map has several personas:
// one entry per persona on a map with several, else a single entry for the map itself.
import type { Analysis, CurvePoint, Valley } from './analysis.js';

export interface CurveAnalysis {
  /** The persona whose curve this is; undefined for a map's only curve. */
  personaId?: string;
  curve: CurvePoint[];
  valleys: Valley[];
  lowest?: CurvePoint;
}

export function curvesOf(analysis: Analysis): CurveAnalysis[] {
  if (analysis.personas) return analysis.personas;
  return [{ curve: analysis.curve, valleys: analysis.valleys, ...(analysis.lowest ? { lowest: analysis.lowest } : {}) }];
}
