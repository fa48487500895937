// The page's print section: the map laid out for paper (layoutSheets, the same sheets as the PDF),
// one SVG per sheet. Hidden on screen; when printing it replaces the page, so a browser's Print (or
// Chromium's page.pdf) gives readable sheets rather than the screen map shrunk onto one page. The
// scene is written once, inside a hidden <defs>; each sheet shows clipped, shifted <use> copies of it.
import type { Scene } from '../../layout/scene.js';
import type { Sheet } from '../../layout/sheets.js';
import { renderNode } from '../svg/nodes.js';
import { idsWith } from '../svg/ids.js';
import { el, fmt } from '../svg/xml.js';

export interface PrintInput {
  scene: Scene;
  sheets: readonly Sheet[];
}

const PREFIX = 'cjm-print-';
/** Scales and shifts with more precision than fmt's two decimals: a few hundredths of a unit at 0.6 pt a unit would show. */
const num = (n: number): string => {
  const r = Math.round(n * 10_000) / 10_000;
  return r === 0 ? '0' : String(r);
};

export function renderPrintSheets({ scene, sheets }: PrintInput): string {
  const ids = idsWith(PREFIX);
  const map = scene.nodes.map((n) => renderNode(n, ids)).join('');
  const defs = `<svg class="cjm-print-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs><g id="${PREFIX}map">${map}</g></defs></svg>`;
  const pages = sheets.map((sheet, i) => {
    const layers = sheet.layers.map((layer, j) => {
      const clip = `${PREFIX}clip-${i}-${j}`;
      const shift = `translate(${num(layer.dx)} ${num(layer.dy)})`;
      const content = layer.nodes
        ? `<g transform="${shift}">${layer.nodes.map((n) => renderNode(n, ids)).join('')}</g>`
        : `<use href="#${PREFIX}map" transform="${shift}"/>`;
      return (
        `<clipPath id="${clip}">${el('rect', { x: layer.clip.x, y: layer.clip.y, width: layer.clip.width, height: layer.clip.height })}</clipPath>` +
        `<g transform="translate(${num(sheet.originX)} ${num(sheet.originY)}) scale(${num(sheet.scale)})"><g clip-path="url(#${clip})">${content}</g></g>`
      );
    });
    const chrome = sheet.chrome.map((n) => renderNode(n, ids)).join('');
    return (
      `<svg class="cjm-sheet" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fmt(sheet.width)} ${fmt(sheet.height)}" width="${fmt(sheet.width)}pt" height="${fmt(sheet.height)}pt">` +
      `${el('rect', { width: sheet.width, height: sheet.height, fill: scene.background })}${layers.join('')}${chrome}</svg>`
    );
  });
  return `<section class="cjm-print" aria-hidden="true">${defs}${pages.join('\n')}</section>`;
}

/** Print rules: the sheets alone, each on its own page of its own size, nothing else of the page. */
export function printSheetCss(sheets: readonly Sheet[]): string {
  const first = sheets[0];
  if (!first) return '';
  return `.cjm-print{display:none}
@media print{
@page{size:${fmt(first.width)}pt ${fmt(first.height)}pt;margin:0}
body>:not(.cjm-print){display:none!important}
body{margin:0;padding:0;background:#fff}
.cjm-print{display:block}
.cjm-print-defs{position:absolute;width:0;height:0;overflow:hidden}
.cjm-sheet{display:block;width:${fmt(first.width)}pt;height:${fmt(first.height)}pt;break-after:page;page-break-after:always}
.cjm-sheet:last-child{break-after:auto;page-break-after:auto}
}`;
}
