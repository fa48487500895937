// A series on the emotion lane: one curve with its points and valleys, as the legend names it.
// This map is one series (or one per persona), its baseline another; each carries its own
// id (SVG `data-series`), classes (roles) and dash, so it still reads in mono and greyscale print.
import type { Paint } from './scene.js';

export interface SeriesPoint {
  touchpointId: string;
  /** Score on this map's scale (a baseline on another scale is rescaled). */
  score: number;
  /** Position in journey order, counting unscored touchpoints (gaps break the solid line). */
  index: number;
}

export interface CurveSeries {
  /** `data-series` of every group the series draws. */
  id: string;
  /** Legend text. */
  label: string;
  /** Class of the curve and of its points: `cjm-<role>`. */
  role: 'curve' | 'baseline-curve';
  pointRole: 'curve-point' | 'baseline-curve-point';
  color: Paint;
  dash?: number[];
  opacity: number;
  /**
   * 'front': the map's own curve: an area under it, points coloured by score drawn with their
   * touchpoint (so hovering one highlights its point) and valley labels. 'ghost': a thin line and
   * hollow points, all drawn under the fronts.
   */
  layer: 'front' | 'ghost';
  points: SeriesPoint[];
  /** The persona whose curve this is (SVG `data-persona`), on a map with several personas. */
  personaId?: string;
  /** Touchpoint ids that are valleys in this series. */
  valleys: Set<string>;
  /** Of those, the lowest (labelled more strongly). */
  lowest: Set<string>;
}
