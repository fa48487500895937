// The persona card and the "Where it hurts" list: the two summaries a reader scans before the map.
import type { Analysis, Valley } from '../../analyse/analysis.js';
import { curvesOf } from '../../analyse/curves.js';
import { personaTag } from './personas.js';
import type { Labels } from '../../i18n/labels.js';
import type { Journey, Persona } from '../../model/journey.js';
import type { PersonaPhoto } from '../../model/photo.js';
import { photoUri } from '../../model/photo.js';
import { esc } from './escape.js';
import { scoreOnScale, valleyWords } from '../../layout/context.js';

/** The avatar: the persona's photo (a data: URI, which the page's policy allows and nothing else), else the name's initial. */
function avatar(persona: Persona, photo: PersonaPhoto | undefined): string {
  if (photo) return `<img class="cjm-avatar cjm-avatar-photo" src="${esc(photoUri(photo))}" alt="" width="56" height="56">`;
  const initial = Array.from(persona.name.trim())[0] ?? '?';
  return `<div class="cjm-avatar" aria-hidden="true">${esc(initial)}</div>`;
}

/** `colour`: the persona's class on a map with several (its colour on the card, see personas.ts). */
export function renderPersona(persona: Persona, labels: Labels, photo?: PersonaPhoto, colour?: string): string {
  const list = (title: string, items: string[], key: string): string =>
    items.length === 0 ? '' : `<div class="cjm-p-${key}"><h3>${esc(title)}</h3><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></div>`;
  return (
    `<div class="cjm-persona${colour ? ` ${colour}` : ''}">` +
    avatar(persona, photo) +
    `<div class="cjm-persona-body"><p class="cjm-persona-name">${esc(persona.name)}</p>` +
    (persona.description ? `<p>${esc(persona.description)}</p>` : '') +
    (persona.quote ? `<blockquote><p>${esc(persona.quote)}</p></blockquote>` : '') +
    `<div class="cjm-persona-lists">${list(labels.persona.goals, persona.goals, 'goals')}${list(labels.persona.needs, persona.needs, 'needs')}${list(labels.persona.frustrations, persona.frustrations, 'frustrations')}</div>` +
    `</div></div>`
  );
}

/** Valleys, lowest first (ties in journey order), each linking to its touchpoint on the map; grouped by persona on a map with several. */
export function renderValleys(journey: Journey, analysis: Analysis, labels: Labels): string {
  if (analysis.valleys.length === 0) return `<p>${esc(valleyWords(labels, analysis, journey.emotionScale).none)}</p>`;
  const curves = curvesOf(analysis);
  if (curves.length === 1) return valleyList(journey, curves[0]!.valleys, labels);
  return curves
    .filter((c) => c.valleys.length > 0)
    .map((c) => `<h3 class="cjm-valleys-of">${personaTag(journey, c.personaId ?? '')}</h3>${valleyList(journey, c.valleys, labels)}`)
    .join('');
}

function valleyList(journey: Journey, valleys: readonly Valley[], labels: Labels): string {
  const sorted = [...valleys].sort((a, b) => a.emotion - b.emotion || a.index - b.index);
  const items = sorted.map((v) => {
    const stage = journey.stages.find((s) => s.id === v.stageId);
    const tp = stage?.touchpoints.find((t) => t.id === v.touchpointId);
    const name = tp?.name ?? v.touchpointId;
    const badge = v.lowest ? ` <span class="cjm-badge">${esc(labels.lowest)}</span>` : '';
    const pains = tp && tp.pains.length > 0 ? `<ul class="cjm-pains">${tp.pains.map((p) => `<li>${esc(p.text)}</li>`).join('')}</ul>` : '';
    return (
      `<li><span class="cjm-score cjm-neg">${esc(scoreOnScale(v.emotion, journey.emotionScale, true))}</span> ` +
      `<a href="#cjm-tp-${esc(v.touchpointId)}" data-touchpoint="${esc(v.touchpointId)}">${esc(name)}</a>` +
      `<span class="cjm-muted"> \u00b7 ${esc(stage?.name ?? v.stageId)}</span>${badge}${pains}</li>`
    );
  });
  return `<ol class="cjm-valleys">${items.join('')}</ol>`;
}
