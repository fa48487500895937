// SVG output: a standalone, accessible document drawn from the scene. Every user string goes through
// the escaping writer in xml.ts; the document has no script, no event handler, no external reference.
import type { Scene } from '../../layout/scene.js';
import { el, escapeXml, fmt, textEl } from './xml.js';
import { renderNode } from './nodes.js';
import { idsWith } from './ids.js';
import { normalisePrefix } from './prefix.js';

export { escapeXml, fmt } from './xml.js';
export type { SvgIds } from './ids.js';
export { DEFAULT_PREFIX, normalisePrefix, prefixFrom } from './prefix.js';

/**
 * Text keeps its spaces; each line is its own bidi run so an override in user text cannot spill over.
 * The rule is scoped to this map's root, so inlined next to a host chart or another map (another
 * locale's font stack) it styles only its own text; the id also outranks a host page's `text{…}`.
 */
const css = (root: string, fontFamily: string): string => `#${root} text{font-family:${fontFamily};white-space:pre;unicode-bidi:isolate}`;

export interface SvgOptions {
  /**
   * The map's name prefix: every id (`<p>-root`, `<p>-title`, `<p>-desc`, `<p>-tp-<touchpoint id>`),
   * every class (`<p>-<role>`) and the style rule's scope carry it, so two maps, or two copies of one,
   * can share a page. `docs` and `docs-` are the same; a value that is not a CSS identifier is turned
   * into one (prefixFrom). Default `cjm`.
   */
  idPrefix?: string;
}

export function renderSvg(scene: Scene, options: SvgOptions = {}): string {
  const ids = idsWith(normalisePrefix(options.idPrefix));
  const body = [
    textEl('title', { id: ids.id('title') }, scene.title),
    textEl('desc', { id: ids.id('desc') }, scene.description),
    `<style>${escapeXml(css(ids.id('root'), scene.fontFamily))}</style>`,
    el('rect', { class: ids.cls('background'), width: scene.width, height: scene.height, fill: scene.background }),
    ...scene.nodes.map((n) => renderNode(n, ids)),
  ].join('\n');
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: ids.id('root'),
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`,
      role: 'img',
      'aria-labelledby': ids.list('title', 'desc'),
      lang: scene.lang,
      // The same font stack as an inherited attribute: still right where a sanitiser drops <style>.
      'font-family': scene.fontFamily,
      'data-theme': scene.theme,
    },
    `\n${body}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
