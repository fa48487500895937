// The plain, serialisable shape tree that layout returns and every back-end (SVG, HTML, PDF) walks.
// All geometry is final here: renderers never measure, wrap or position anything themselves.

/** A colour as `#rrggbb`. */
export type Paint = string;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What a node is on the map. Becomes the SVG class `cjm-<role>`; tests and the HTML page find nodes
 * by it. Back-ends do not read structure from roles: what they need is in `Scene.paging`.
 */
export type SceneRole =
  // Title band and the row under it.
  | 'title'
  | 'map-type'
  | 'persona'
  | 'persona-card'
  | 'avatar'
  | 'avatar-photo'
  | 'persona-name'
  | 'persona-quote'
  | 'persona-accent'
  | 'hurts-card'
  | 'hurts-title'
  | 'hurts-marker'
  | 'hurts-persona'
  | 'legend-card'
  | 'legend-title'
  | 'legend-mark'
  // The Sources block under the map: one entry per source, numbered as the markers are.
  | 'sources'
  | 'sources-card'
  | 'sources-title'
  | 'source-number'
  | 'source'
  // Stage header row and lane backgrounds.
  | 'stage-header'
  | 'stage-name'
  | 'stage-description'
  | 'stage-tint'
  | 'lane-stripe'
  | 'lane-label'
  | 'lane-separator'
  | 'blueprint-line'
  | 'blueprint-line-label'
  // One touchpoint column and its cells.
  | 'touchpoint'
  | 'touchpoint-column'
  | 'touchpoint-card'
  | 'touchpoint-name'
  | 'touchpoint-description'
  | 'channel'
  | 'channel-icon'
  | 'metric'
  | 'action'
  | 'thought'
  | 'feeling'
  | 'physical-evidence'
  | 'frontstage'
  | 'backstage'
  | 'support'
  /** A note in one of the map's own lanes (`lanes:`). */
  | 'custom-lane'
  | 'pain'
  | 'opportunity'
  /** On a pain or opportunity card: its severity or status, its owner; its link as text. */
  | 'item-meta'
  | 'item-link'
  /** A raised footnote number after a text that cites sources (see 'sources-card'). */
  | 'evidence-marker'
  | 'stage-wide'
  // Emotion lane.
  | 'grid'
  | 'neutral-line'
  | 'curve'
  | 'curve-area'
  | 'curve-run'
  | 'curve-point'
  | 'face'
  | 'valley-band'
  | 'valley-ring'
  | 'valley-label'
  | 'valley-label-box'
  | 'lowest-label'
  | 'valley-marker'
  // A baseline (src/layout/baseline.ts): its series group, ghost curve and points, deltas, new marks,
  // stage averages before → after, the dropped note and its legend sample.
  | 'series'
  | 'baseline-curve'
  | 'baseline-curve-point'
  | 'delta'
  | 'new-mark'
  | 'stage-average'
  | 'dropped-note'
  | 'dropped-title'
  | 'dropped'
  | 'legend-baseline'
  | 'valley-closed';

interface NodeBase {
  role?: SceneRole;
}

export interface RectNode extends NodeBase, Box {
  kind: 'rect';
  radius?: number;
  fill?: Paint;
  fillOpacity?: number;
  stroke?: Paint;
  strokeWidth?: number;
  dash?: number[];
}

export interface TextLine {
  text: string;
  /** Measured advance width of the line: what layout wrapped and positioned by (may be conservative). */
  width: number;
  /**
   * The line's advance in the bundled font's own metrics, when the measurer's `width` is widened for
   * browsers (Latin ×1.12); set on 'middle' and 'end' lines only. A back-end that embeds that font
   * places those lines by it.
   */
  advance?: number;
  /** Absolute anchor x (see TextNode.anchor) and baseline y. */
  x: number;
  y: number;
}

export interface TextNode extends NodeBase {
  kind: 'text';
  lines: TextLine[];
  fontSize: number;
  lineHeight: number;
  weight: 'normal' | 'bold';
  italic?: boolean;
  fill: Paint;
  anchor: 'start' | 'middle' | 'end';
  /** The area this text was laid out to fit in; every line stays inside it. */
  box: Box;
  /** The text goes on in the next text node (a footnote marker splits off its last line): a tagged PDF makes them one element. */
  continues?: boolean;
}

export type PathSegment =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export interface PathNode extends NodeBase {
  kind: 'path';
  segments: PathSegment[];
  fill?: Paint;
  fillOpacity?: number;
  stroke?: Paint;
  strokeWidth?: number;
  strokeOpacity?: number;
  dash?: number[];
  lineCap?: 'butt' | 'round';
  lineJoin?: 'miter' | 'round';
}

export interface CircleNode extends NodeBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: Paint;
  stroke?: Paint;
  strokeWidth?: number;
}

export interface LineNode extends NodeBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Paint;
  strokeWidth: number;
  dash?: number[];
}

/**
 * A raster picture (a persona's photo), embedded as bytes: no back-end ever loads it from anywhere.
 * It fills its box, scaled to cover it and centred (the overflow cut off), and with `clip: 'circle'`
 * only the circle inscribed in the box shows.
 */
export interface ImageNode extends NodeBase, Box {
  kind: 'image';
  /** Unique within the scene, like a group's id: back-ends name the clip path after it. */
  id: string;
  type: 'image/png' | 'image/jpeg';
  base64: string;
  clip?: 'circle';
  /** What the picture shows, for a tagged PDF (the SVG group around it carries its own text). */
  alt?: string;
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  /** Unique within the scene; becomes the SVG element id (and HTML anchor target). */
  id?: string;
  /** Becomes data-* attributes (keys without the `data-` prefix). */
  data?: Record<string, string>;
  /** Native tooltip text (SVG <title>). */
  tooltip?: string;
  children: SceneNode[];
}

/** A touchpoint column: the x range its cells stay inside. */
export interface PagingColumn {
  x: number;
  width: number;
  /** Index into `ScenePaging.stages`. */
  stage: number;
  /** Absent for the one empty column of a stage without touchpoints. */
  touchpoint?: string;
}

export interface PagingStage {
  id: string;
  /** The stage's x range (its header bar spans it). */
  x: number;
  width: number;
  /** The stage's name drawn on its header bar (the same object as in `Scene.nodes`): a page that starts inside the stage repeats it at its left edge. */
  label?: TextNode;
  /** The text under the name (baseline average, description), likewise: repeated where it fits, left out where it would be cut. */
  notes?: TextNode[];
}

/** A place a page may start or end: left of the first column, between two columns, or the map's right edge. */
export interface PageCut {
  x: number;
  /** Between two stages (or at either end of the map): the preferred places to cut. */
  stage: boolean;
  /** Inside a stage that has stage-wide cards (they span the stage): a cut here would cut them, so it is a last resort. */
  splitsCard?: boolean;
}

/** One lane's y range: a sheet may end between two lanes, never inside one. */
export interface PagingRow {
  y: number;
  height: number;
  /** The emotion lane: its curve and scale are repeated on every sheet. */
  emotion?: boolean;
  /** The lane's key ('touchpoint', 'action', 'pains' …, the touchpoint field it shows), for messages. */
  lane?: string;
  /** The lane's name in the left column (the same object as in `Scene.nodes`): a sheet that continues a lane too tall for the one before repeats it. */
  label?: TextNode;
}

/**
 * The page structure layout hands to paged back-ends (the PDF pager), so none re-derives it from
 * roles or geometry. A map is a left column (lane labels, emotion scale) beside touchpoint columns,
 * under a band of parts for the first page only (title, persona, "where it hurts", legend).
 */
export interface ScenePaging {
  /** x where the left column ends: everything left of it is repeated on every page. */
  gutter: number;
  /** Top of the stage header row; pages after the first show the map from here down. */
  bodyTop: number;
  /** The stage header row (repeated on every page, clipped to the page's columns). */
  headerRow: { y: number; height: number };
  /** The title band, when the map has one: a page after the first may repeat it. */
  title?: Box;
  /** Top of the lanes (under the stage header row). */
  lanesTop: number;
  /** Every lane, top to bottom. */
  rows: PagingRow[];
  /**
   * What the map shows under its lanes (the dropped note, the Sources card), when anything: it spans
   * no column, so a sheet shows it whole after the lanes.
   */
  notes?: Box;
  /** Right edge of the band above the stage header row (title, persona, "where it hurts", legend). */
  introRight: number;
  stages: PagingStage[];
  /** Every column, left to right; every touchpoint has exactly one. */
  columns: PagingColumn[];
  /** Where the map may be cut, left to right: `gutter`, every gap between columns, the map's width. Never through a column. */
  cuts: PageCut[];
}

export type SceneNode = RectNode | TextNode | PathNode | CircleNode | LineNode | ImageNode | GroupNode;

export interface Scene {
  width: number;
  height: number;
  /** BCP 47 language tag of the map's text. */
  lang: string;
  /** Accessible name (SVG <title>, PDF title). */
  title: string;
  /** Accessible summary: stages, lowest point, worst stage (SVG <desc>). */
  description: string;
  background: Paint;
  /** CSS font stack for SVG and HTML, with a CJK fallback. */
  fontFamily: string;
  theme: string;
  nodes: SceneNode[];
  /** Page structure for paged output; a scene without it is only ever scaled, never split. */
  paging?: ScenePaging;
}
