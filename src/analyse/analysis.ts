// What analysis derives from a validated journey; layout, renderers and `cjm report` read it.

export interface CurvePoint {
  touchpointId: string;
  stageId: string;
  /** Position of the touchpoint in journey order, counting unscored touchpoints too. */
  index: number;
  emotion: number;
}

export interface Valley {
  touchpointId: string;
  stageId: string;
  index: number;
  emotion: number;
  /** True for the journey's lowest score (every touchpoint that shares it); only ever on a valley. */
  lowest: boolean;
}

export interface StageStats {
  stageId: string;
  touchpoints: number;
  scored: number;
  /** Mean emotion of the scored touchpoints; undefined when none is scored. */
  average?: number;
  min?: number;
  max?: number;
  pains: number;
  opportunities: number;
}

export interface Analysis {
  /** Midpoint of the emotion scale: 0 for [-2, 2], 3 for [1, 5]. */
  neutral: number;
  /** One point per scored touchpoint, in journey order. */
  curve: CurvePoint[];
  /** The map's `valleyThreshold`, when it sets one; else a low counts when it is strictly below neutral. */
  valleyThreshold?: number;
  /** Local minima strictly below neutral (or at or below `valleyThreshold`); in journey order. */
  valleys: Valley[];
  /** The lowest scored point, whether or not it is low enough to be a valley (no alarm is drawn for it then). */
  lowest?: CurvePoint;
  stages: StageStats[];
  /** Id of the stage with the lowest average; undefined when no stage is scored. */
  worstStageId?: string;
}
