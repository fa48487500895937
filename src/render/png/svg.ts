// The SVG resvg rasterises: the scene as renderSvg draws it (every shape through the SVG back-end's
// own node writer), except that text is glyph outlines (outline.ts). Nothing here is for people to
// read: no title, description or text.
import type { Scene, SceneNode } from '../../layout/scene.js';
import type { FontFaces } from '../pdf/fonts.js';
import { renderNode } from '../svg/nodes.js';
import { idsWith } from '../svg/ids.js';
import { el, fmt } from '../svg/xml.js';
import { GlyphOutlines } from './outline.js';
import type { OutlineFace } from './truetype.js';

export function outlinedSvg(scene: Scene, faces: FontFaces<OutlineFace>): string {
  const glyphs = new GlyphOutlines(faces);
  const ids = idsWith('');
  const draw = (nodes: readonly SceneNode[]): string =>
    nodes
      .map((n) => {
        if (n.kind === 'text') return glyphs.text(n);
        if (n.kind === 'group') return el('g', {}, draw(n.children));
        return renderNode(n, ids);
      })
      .join('');
  const body = draw(scene.nodes);
  const { width, height } = scene;
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${fmt(width)} ${fmt(height)}` },
    el('rect', { width, height, fill: scene.background }) + body,
  );
}
