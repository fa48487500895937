// SVG output: a standalone, accessible document drawn from the scene. Every user string goes through
// the escaping writer in xml.ts; the document has no script, no event handler, no external reference.
import type { Scene } from '../../layout/scene.js';
import { el, escapeXml, fmt, textEl } from './xml.js';
import { renderNode } from './nodes.js';

export { escapeXml, fmt } from './xml.js';

/** Text keeps its spaces; each line is its own bidi run so an override in user text cannot spill over. */
const css = (fontFamily: string): string => `text{font-family:${fontFamily};white-space:pre;unicode-bidi:isolate}`;

export function renderSvg(scene: Scene): string {
  const body = [
    textEl('title', { id: 'cjm-title' }, scene.title),
    textEl('desc', { id: 'cjm-desc' }, scene.description),
    `<style>${escapeXml(css(scene.fontFamily))}</style>`,
    el('rect', { class: 'cjm-background', width: scene.width, height: scene.height, fill: scene.background }),
    ...scene.nodes.map(renderNode),
  ].join('\n');
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${fmt(scene.width)} ${fmt(scene.height)}`,
      role: 'img',
      'aria-labelledby': 'cjm-title cjm-desc',
      lang: scene.lang,
      'data-theme': scene.theme,
    },
    `\n${body}\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
