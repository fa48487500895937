// One function per scene node kind. Geometry is copied from the scene as is: nothing is measured or
// moved here.
import type { CircleNode, GroupNode, ImageNode, LineNode, PathNode, PathSegment, RectNode, SceneNode, TextNode } from '../../layout/scene.js';
import type { AttrValue } from './xml.js';
import type { SvgIds } from './ids.js';
import { el, escapeXml, fmt, textEl } from './xml.js';

type Cls = (role?: string) => string | undefined;
/** A node's role as its prefixed class (`<prefix>-<role>`). */
const classOf =
  (ids: SvgIds): Cls =>
  (role) =>
    role ? ids.cls(role) : undefined;

const dash = (d?: number[]): string | undefined => (d?.length ? d.map(fmt).join(' ') : undefined);
const opacity = (o?: number): number | undefined => (o === undefined || o >= 1 ? undefined : o);

export function pathData(segments: readonly PathSegment[]): string {
  return (
    segments
      // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch is exhaustive (TypeScript checks it)
      .map((s) => {
        switch (s.op) {
          case 'M':
          case 'L':
            return `${s.op}${fmt(s.x)} ${fmt(s.y)}`;
          case 'C':
            return `C${fmt(s.x1)} ${fmt(s.y1)} ${fmt(s.x2)} ${fmt(s.y2)} ${fmt(s.x)} ${fmt(s.y)}`;
          case 'Z':
            return 'Z';
        }
      })
      .join('')
  );
}

function paint(n: { fill?: string; fillOpacity?: number; stroke?: string; strokeWidth?: number; dash?: number[] }): Record<string, AttrValue> {
  return {
    fill: n.fill ?? 'none',
    'fill-opacity': opacity(n.fillOpacity),
    stroke: n.stroke,
    'stroke-width': n.stroke ? (n.strokeWidth ?? 1) : undefined,
    'stroke-dasharray': n.stroke ? dash(n.dash) : undefined,
  };
}

const rect = (n: RectNode, cls: Cls): string =>
  el('rect', { class: cls(n.role), x: n.x, y: n.y, width: n.width, height: n.height, rx: n.radius || undefined, ...paint(n) });

const circle = (n: CircleNode, cls: Cls): string => el('circle', { class: cls(n.role), cx: n.cx, cy: n.cy, r: n.r, ...paint(n) });

const line = (n: LineNode, cls: Cls): string =>
  el('line', { class: cls(n.role), x1: n.x1, y1: n.y1, x2: n.x2, y2: n.y2, stroke: n.stroke, 'stroke-width': n.strokeWidth, 'stroke-dasharray': dash(n.dash) });

const path = (n: PathNode, cls: Cls): string =>
  el('path', {
    class: cls(n.role),
    d: pathData(n.segments),
    ...paint(n),
    'stroke-opacity': n.stroke ? opacity(n.strokeOpacity) : undefined,
    'stroke-linecap': n.lineCap,
    'stroke-linejoin': n.lineJoin,
  });

function text(n: TextNode, cls: Cls): string {
  const base: Record<string, AttrValue> = {
    class: cls(n.role),
    'font-size': n.fontSize,
    'font-weight': n.weight === 'bold' ? 700 : undefined,
    'font-style': n.italic ? 'italic' : undefined,
    fill: n.fill,
    'text-anchor': n.anchor === 'start' ? undefined : n.anchor,
  };
  const [first] = n.lines;
  if (!first) return '';
  if (n.lines.length === 1) return textEl('text', { ...base, x: first.x, y: first.y }, first.text);
  const spans = n.lines.map((l) => textEl('tspan', { x: l.x, y: l.y }, l.text)).join('');
  return el('text', base, spans);
}

/**
 * A photo as a data: URI (the document stays self-contained: nothing is fetched), scaled to cover its
 * box; a circular clip path, named after the node, keeps the circle inside the box.
 */
function image(n: ImageNode, ids: SvgIds): string {
  const clipName = `${n.id}-clip`;
  const clip =
    n.clip === 'circle'
      ? el('clipPath', { id: ids.id(clipName) }, el('circle', { cx: n.x + n.width / 2, cy: n.y + n.height / 2, r: Math.min(n.width, n.height) / 2 }))
      : '';
  return (
    clip +
    el('image', {
      class: classOf(ids)(n.role),
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      href: `data:${n.type};base64,${n.base64}`,
      preserveAspectRatio: 'xMidYMid slice',
      'clip-path': n.clip === 'circle' ? ids.url(clipName) : undefined,
    })
  );
}

function group(n: GroupNode, ids: SvgIds): string {
  const data: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(n.data ?? {})) data[`data-${k}`] = v;
  const title = n.tooltip ? `<title>${escapeXml(n.tooltip)}</title>` : '';
  return el(
    'g',
    { id: n.id === undefined ? undefined : ids.id(n.id), class: classOf(ids)(n.role), ...data },
    title + n.children.map((c) => renderNode(c, ids)).join(''),
  );
}

/** `ids` writes every id and reference (the document's id prefix). */
export function renderNode(n: SceneNode, ids: SvgIds): string {
  const cls = classOf(ids);
  switch (n.kind) {
    case 'rect':
      return rect(n, cls);
    case 'circle':
      return circle(n, cls);
    case 'line':
      return line(n, cls);
    case 'path':
      return path(n, cls);
    case 'text':
      return text(n, cls);
    case 'image':
      return image(n, ids);
    case 'group':
      return group(n, ids);
  }
}
