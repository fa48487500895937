// SVG output: a standalone, accessible document drawn from the scene. Every user string goes through
// the escaping writer in xml.ts; the document has no script, no event handler, no external reference.
import type { Scene } from '../../layout/scene.js';
import { el, escapeXml, fmt, textEl } from './xml.js';
import { renderNode } from './nodes.js';
import { idsWith } from './ids.js';

export { escapeXml, fmt } from './xml.js';
export type { SvgIds } from './ids.js';

/** Text keeps its spaces; each line is its own bidi run so an override in user text cannot spill over. */
const css = (fontFamily: string): string => `text{font-family:${fontFamily};white-space:pre;unicode-bidi:isolate}`;

export interface SvgOptions {
  /**
   * Put before every id the document writes, and so before every reference to one (aria-labelledby;
   * url(#…) and href="#…" if a node ever writes them): two maps, or two copies of one, can then share
   * a page. Default '' (ids as in the scene: cjm-title, cjm-desc, tp-<touchpoint id>).
   */
  idPrefix?: string;
}

export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const ids = idsWith(options.idPrefix ?? '');
  const body = [
    textEl('title', { id: ids.id('cjm-title') }, scene.title),
    textEl('desc', { id: ids.id('cjm-desc') }, scene.description),
    `<style>${escapeXml(css(scene.fontFamily))}</style>`,
    el('rect', { class: 'cjm-background', width: scene.width, height: scene.height, fill: scene.background }),
    ...scene.nodes.map((n) => renderNode(n, ids)),
  ].join('\n');
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`,
      role: 'img',
      'aria-labelledby': ids.list('cjm-title', 'cjm-desc'),
      lang: scene.lang,
      'data-theme': scene.theme,
    },
    `\n${body}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
