// The page's side of several personas: each persona's colour as a class (`cjm-persona-N`, N from 1
// in `personas` order: ids are user text, so they never become class names), and the checkboxes that
// show or hide each persona's curve. Pure CSS (`:has()`), like the baseline toggle, so it works with
// scripts off and adds nothing to the page script's hash.
import type { Journey } from '../../model/journey.js';
import type { Labels } from '../../i18n/labels.js';
import { themes } from '../../layout/theme.js';
import { personaStyle } from '../../layout/persona-style.js';
import { esc } from './escape.js';
import type { PageMode } from './styles.js';

/** `cjm-persona-N` for a persona of a map with several; undefined otherwise. */
export function personaClass(journey: Journey, personaId: string | undefined): string | undefined {
  if (journey.personas.length < 2 || personaId === undefined) return undefined;
  const i = journey.personas.findIndex((p) => p.id === personaId);
  return i < 0 ? undefined : `cjm-persona-${i + 1}`;
}

/** A persona's name in its colour, for lists that say whose a score or a thought is. */
export function personaTag(journey: Journey, personaId: string): string {
  const persona = journey.personas.find((p) => p.id === personaId);
  return `<span class="cjm-who ${personaClass(journey, personaId) ?? ''}">${esc(persona?.name ?? personaId)}</span>`;
}

/** A CSS string: persona ids hold letters, digits and `-_.` only, but escape as if they held anything. */
const cssString = (s: string): string => `"${s.replace(/[\\"\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** The border style nearest each curve's dash (solid, dashed, dotted, dash-dot, short dashes, dash-dot-dot). */
const BORDERS = ['solid', 'dashed', 'dotted', 'double', 'dashed', 'dotted'];

/** The page's map is the light or the dark scene (a mono page shows the light one), so its colours are theirs. */
export function personaCss(journey: Journey, mode: PageMode): string {
  if (journey.personas.length < 2) return '';
  const rules = (theme: 'light' | 'dark'): string =>
    journey.personas.map((p, i) => `.cjm-persona-${i + 1}{--persona:${personaStyle(themes[theme], p, i).color}}`).join('');
  const light = rules('light');
  const dark = rules('dark');
  const colours = mode === 'dark' ? dark : mode === 'light' ? light : `${light}@media (prefers-color-scheme:dark){${dark}}`;
  const borders = journey.personas.map((_, i) => `.cjm-persona.cjm-persona-${i + 1}{border-top-style:${BORDERS[i % BORDERS.length]}}`).join('');
  const toggles = journey.personas
    .map((p, i) => `body:has(#cjm-show-persona-${i + 1}:not(:checked)) #cjm-maps [data-persona=${cssString(p.id)}]{display:none}`)
    .join('\n');
  return [
    colours,
    // The cards side by side, as many as fit, each still wide enough to read.
    '.cjm-persona-section{display:flex;flex-wrap:wrap;gap:1rem}',
    '.cjm-persona-section>h2{flex-basis:100%;margin:0}',
    '.cjm-persona-section>.cjm-persona{flex:1 1 22rem;max-width:40rem}',
    '.cjm-persona[class*=cjm-persona-]{border-top:6px solid var(--persona)}',
    borders,
    '.cjm-persona[class*=cjm-persona-] .cjm-avatar{background:var(--persona)}',
    '.cjm-who{font-weight:700;border-bottom:3px solid var(--persona,var(--border))}',
    '.cjm-emotions{list-style:none;padding:0!important;margin:0}',
    '.cjm-valleys-of{margin:.75rem 0 .25rem}',
    '.cjm-series-toggle label{margin-right:1rem;white-space:nowrap}',
    '.cjm-series-toggle fieldset{border:0;padding:0;margin:0;display:inline}',
    '.cjm-series-toggle legend{display:inline;float:left;margin-right:.75rem;font-weight:700}',
    toggles,
  ].join('\n');
}

/** One checkbox per persona, each named by the persona and marked in its colour. */
export function personaToggle(journey: Journey, labels: Labels): string {
  if (journey.personas.length < 2) return '';
  const boxes = journey.personas
    .map(
      (p, i) =>
        `<label><input type="checkbox" id="cjm-show-persona-${i + 1}" checked> <span class="cjm-who cjm-persona-${i + 1}">${esc(p.name)}</span></label>`,
    )
    .join('');
  return `<div class="cjm-series-toggle"><fieldset><legend>${esc(labels.page.showPersonas)}</legend>${boxes}</fieldset></div>`;
}
