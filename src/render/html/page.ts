// Assembles the self-contained page: head (CSP, styles), header, persona, map with its details
// panel, "Where it hurts", and the table. The SVG renderer is passed in so tests can stub it.
import type { Analysis } from '../../analyse/analysis.js';
import { labelsFor } from '../../i18n/labels.js';
import type { Scene, SceneNode } from '../../layout/scene.js';
import type { SvgOptions } from '../svg/index.js';
import type { Journey } from '../../model/journey.js';
import type { PersonaPhoto, PersonaPhotos } from '../../model/photo.js';
import { contentSecurityPolicy, styleBlocks } from './csp.js';
import { renderDetailsPanel } from './details.js';
import { embedSvg } from './embed.js';
import { esc, langTag } from './escape.js';
import { formatTimescale } from './format.js';
import { PAGE_SCRIPT } from './script.js';
import { pageCss, type PageMode } from './styles.js';
import { renderPersona, renderValleys } from './summary.js';
import { renderTable } from './table.js';
import { renderSources } from './items.js';
import { printSheetCss, renderPrintSheets, type PrintInput } from './print.js';
import { personaClass, personaCss, personaToggle } from './personas.js';

export interface HtmlInput {
  journey: Journey;
  analysis: Analysis;
  scenes: { light: Scene; dark: Scene };
  theme: 'light' | 'dark' | 'mono';
  /** The map laid out for paper: printing the page prints these sheets (see print.ts). */
  print?: PrintInput;
  /** Persona photos by persona id (read by compile), shown in the persona cards. */
  photos?: PersonaPhotos;
}

/** The dark copy of the map is named with this prefix; the light copy keeps the default `cjm` (ids `cjm-tp-…`). */
export const DARK_ID_PREFIX = 'cjm-dark';

/**
 * 'light' (the default theme) follows the reader's colour scheme; 'dark' forces dark; 'mono' has
 * no scene of its own here, so it is the light map without the dark switch.
 */
export const pageMode = (theme: HtmlInput['theme']): PageMode => (theme === 'dark' ? 'dark' : theme === 'mono' ? 'light' : 'auto');

export function renderPage(input: HtmlInput, renderSvg: (scene: Scene, options?: SvgOptions) => string): string {
  const { journey, analysis, scenes } = input;
  const labels = labelsFor(journey.locale);
  const mode = pageMode(input.theme);
  const main = mode === 'dark' ? scenes.dark : scenes.light;
  const figures =
    mode === 'auto'
      ? `<figure class="cjm-map-light">${embedSvg(renderSvg(scenes.light))}</figure>` +
        `<figure class="cjm-map-dark">${embedSvg(renderSvg(scenes.dark, { idPrefix: DARK_ID_PREFIX }))}</figure>`
      : `<figure class="cjm-map">${embedSvg(renderSvg(main))}</figure>`;
  const css =
    pageCss({
      mode,
      mapWidth: main.width,
      fontFamily: main.fontFamily,
      mapBackground: { light: scenes.light.background, dark: scenes.dark.background },
    }) +
    (journey.personas.length > 1 ? `\n${personaCss(journey, mode)}` : '') +
    (input.print ? `\n${printSheetCss(input.print.sheets)}` : '');
  // The map's scroller and the table's wrapper are the regions (landmarks) named "map" and
  // "touchpoints"; their sections stay unnamed, so no two landmarks share a name.
  const body = [
    `<a class="cjm-skip" href="#cjm-h-table">${esc(labels.page.touchpoints)}</a>`,
    header(journey, labels, main.description),
    '<main>',
    journey.personas.length > 0
      ? `<section class="cjm-persona-section" aria-labelledby="cjm-h-persona"><h2 id="cjm-h-persona">${esc(labels.page.persona)}</h2>${journey.personas.map((p) => renderPersona(p, labels, photoOf(input.photos, p.id), personaClass(journey, p.id))).join('')}</section>`
      : '',
    `<section class="cjm-map-section"><h2 id="cjm-h-map">${esc(labels.page.map)}</h2>`,
    toolbar(labels),
    (hasSeries(main, 'baseline') ? baselineToggle(labels) : '') + personaToggle(journey, labels),
    `<div id="cjm-scroll" class="cjm-scroll" tabindex="0" role="region" aria-labelledby="cjm-h-map"><div id="cjm-maps">${figures}</div></div>`,
    renderDetailsPanel(journey, analysis, labels),
    '</section>',
    `<section aria-labelledby="cjm-h-hurts"><h2 id="cjm-h-hurts">${esc(labels.page.hurts)}</h2>${renderValleys(journey, analysis, labels)}</section>`,
    `<section><h2 id="cjm-h-table">${esc(labels.page.touchpoints)}</h2>${renderTable(journey, analysis, labels)}</section>`,
    renderSources({ journey, labels }),
    '</main>',
    input.print ? renderPrintSheets(input.print) : '',
  ].join('\n');
  const csp = contentSecurityPolicy({
    scripts: [PAGE_SCRIPT],
    styles: [css, ...styleBlocks(figures)],
    styleAttributes: /<[^>]+\sstyle="/.test(body),
  });
  // The policy is fixed words and base64 hashes only: nothing in it needs (or gets) escaping.
  if (/["<>&]/.test(csp)) throw new Error('CSP must not contain markup characters');
  return `<!DOCTYPE html>
<html lang="${esc(langTag(journey.locale, langTag(main.lang)))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${mode === 'auto' ? 'light dark' : mode}">
<meta name="generator" content="cjm">
<title>${esc(journey.title)}</title>
<style>${css}</style>
</head>
<body>
${body}
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

const photoOf = (photos: PersonaPhotos | undefined, id: string): PersonaPhoto | undefined => (photos && Object.hasOwn(photos, id) ? photos[id] : undefined);

function header(journey: Journey, labels: ReturnType<typeof labelsFor>, summary: string): string {
  const chips = [labels.mapTypes[journey.type], formatTimescale(journey.timescale)].filter((c): c is string => Boolean(c));
  return (
    `<header><h1>${esc(journey.title)}</h1>` +
    `<ul class="cjm-meta">${chips.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` +
    (summary ? `<p class="cjm-summary">${esc(summary)}</p>` : '') +
    `</header>`
  );
}

/** Whether the map draws a series with this id (a group marked data-series). */
function hasSeries(scene: Scene, id: string): boolean {
  const walk = (nodes: readonly SceneNode[]): boolean => nodes.some((n) => n.kind === 'group' && (n.data?.series === id || walk(n.children)));
  return walk(scene.nodes);
}

/**
 * A checkbox that hides the baseline's curve, its legend entry and the marks of change (deltas, new,
 * valley closed, stage averages, the dropped note). Pure CSS (styles.ts, :has()), so it works with
 * scripts off and needs nothing in the page script's hash.
 */
function baselineToggle(labels: ReturnType<typeof labelsFor>): string {
  return `<p class="cjm-series-toggle"><label><input type="checkbox" id="cjm-show-baseline" checked> ${esc(labels.page.showBaseline)}</label></p>`;
}

function toolbar(labels: ReturnType<typeof labelsFor>): string {
  const button = (zoom: string, label: string, text: string) =>
    `<button type="button" data-zoom="${zoom}" aria-label="${esc(label)}" title="${esc(label)}">${esc(text)}</button>`;
  return (
    `<div class="cjm-toolbar" data-needs-js hidden>` +
    `${button('out', labels.page.zoomOut, '\u2212')}<output id="cjm-zoom-level" aria-live="polite">100%</output>${button('in', labels.page.zoomIn, '+')}` +
    `${button('fit', labels.page.zoomFit, labels.page.zoomFit)}${button('reset', labels.page.zoomReset, labels.page.zoomReset)}</div>` +
    `<p class="cjm-hint" data-needs-js hidden>${esc(labels.page.hint)}</p>`
  );
}
