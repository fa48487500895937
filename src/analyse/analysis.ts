// What analysis derives from a validated journey; layout, renderers and `cjm report` read it.

export interface CurvePoint {
  touchpointId: string;
  stageId: string;
  /** Position of the touchpoint in journey order, counting unscored touchpoints too. */
  index: number;
  emotion: number;
  /** Whose score: set on the points of a map with several personas. */
  personaId?: string;
}

export interface Valley {
  touchpointId: string;
  stageId: string;
  index: number;
  emotion: number;
  /** True for the lowest score of its curve (every touchpoint that shares it); only ever on a valley. */
  lowest: boolean;
  /** Whose valley: set on a map with several personas (each persona's curve has its own valleys). */
  personaId?: string;
}

/** One persona's curve on a map with several: its points, its valleys and its lowest point. */
export interface PersonaAnalysis {
  personaId: string;
  curve: CurvePoint[];
  valleys: Valley[];
  lowest?: CurvePoint;
}

export interface StageStats {
  stageId: string;
  touchpoints: number;
  scored: number;
  /** Mean of the stage's scores (every persona's, on a map with several); undefined when none is scored. */
  average?: number;
  min?: number;
  max?: number;
  pains: number;
  opportunities: number;
}

export interface Analysis {
  /** Midpoint of the emotion scale: 0 for [-2, 2], 3 for [1, 5]. */
  neutral: number;
  /** The map's first curve (the only persona's, or the first persona's): one point per scored touchpoint, in journey order. */
  curve: CurvePoint[];
  /** The map's `valleyThreshold`, when it sets one; else a low counts when it is strictly below neutral. */
  valleyThreshold?: number;
  /**
   * Local minima strictly below neutral (or at or below `valleyThreshold`) of every curve: on a map
   * with several personas, each persona's (tagged `personaId`); in journey order, then persona order.
   */
  valleys: Valley[];
  /** The first curve's lowest scored point, whether or not it is low enough to be a valley (no alarm is drawn for it then). */
  lowest?: CurvePoint;
  /** Each persona's own curve, in `personas` order: only on a map with several personas. */
  personas?: PersonaAnalysis[];
  stages: StageStats[];
  /** Id of the stage with the lowest average; undefined when no stage is scored. */
  worstStageId?: string;
}
