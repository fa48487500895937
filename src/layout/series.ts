// A series on the emotion lane: one curve with its points and valleys, as the legend names it.
// This map is one series, its baseline another (and later one per persona); each carries its own
// id (SVG `data-series`), role (class) and dash, so it still reads in mono and greyscale print.
import type { Paint } from './scene.js';

export interface SeriesPoint {
  touchpointId: string;
  /** Score on this map's scale (a baseline on another scale is rescaled). */
  score: number;
  /** Position in journey order, counting unscored touchpoints (gaps break the solid line). */
  index: number;
}

export interface CurveSeries {
  id: string;
  /** Legend text. */
  label: string;
  /** Class of the curve: `cjm-<role>`. */
  role: 'baseline-curve';
  color: Paint;
  dash?: number[];
  opacity: number;
  points: SeriesPoint[];
  /** Touchpoint ids that are valleys in this series. */
  valleys: Set<string>;
}
