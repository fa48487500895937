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

interface NodeBase {
  /** Semantic role, e.g. 'touchpoint-card', 'valley-band', 'curve', 'pain'. Used by tests and the HTML page. */
  role?: string;
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
  /** Measured advance width of the line. */
  width: number;
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

export type SceneNode = RectNode | TextNode | PathNode | CircleNode | LineNode | GroupNode;

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
}
