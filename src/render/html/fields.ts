// Markup for one touchpoint's fields, shared by the details panel (<dl>) and the table (<td>s).
import type { Analysis, Valley } from '../../analyse/analysis.js';
import type { Labels } from '../../i18n/labels.js';
import type { Journey, Touchpoint } from '../../model/journey.js';
import { primaryEmotion, valueFor } from '../../model/per-persona.js';
import { curvesOf } from '../../analyse/curves.js';
import { esc } from './escape.js';
import { personaTag } from './personas.js';
import { formatScore, type Field } from './format.js';
import { itemsMarkup, sourcesMarkup, type PageContext } from './items.js';

/** A list value as <ul>, a single value as text, items and sources with their details; all escaped. */
export function fieldValue(value: Field['value'], page: PageContext): string {
  if (typeof value === 'string') return esc(value);
  if (Array.isArray(value)) return `<ul>${value.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
  if ('items' in value) return itemsMarkup(value.items, value.list, page);
  return sourcesMarkup(value.sources, page);
}

export function valleyOf(analysis: Analysis, touchpointId: string, personaId?: string): Valley | undefined {
  return analysis.valleys.find((v) => v.touchpointId === touchpointId && v.personaId === personaId);
}

/** The touchpoint's score with its badge: one line per persona, each under the persona's name, on a map with several. */
export function emotionsMarkup(journey: Journey, analysis: Analysis, tp: Touchpoint, labels: Labels): string {
  const curves = curvesOf(analysis);
  if (curves.length === 1) return emotionMarkup(primaryEmotion(journey, tp.emotion), journey.emotionScale, valleyOf(analysis, tp.id), labels);
  const lines = curves.map((c) => {
    const id = c.personaId ?? '';
    return `<li>${personaTag(journey, id)} ${emotionMarkup(valueFor(tp.emotion, id), journey.emotionScale, valleyOf(analysis, tp.id, id), labels)}</li>`;
  });
  return `<ul class="cjm-emotions">${lines.join('')}</ul>`;
}

/** "−2 / 2" plus a valley or lowest-point badge; "not scored" when there is no score. */
export function emotionMarkup(emotion: number | undefined, scale: [number, number], valley: Valley | undefined, labels: Labels): string {
  if (emotion === undefined) return `<span class="cjm-muted">${esc(labels.page.unscored)}</span>`;
  const tone = emotion < (scale[0] + scale[1]) / 2 ? 'neg' : emotion > (scale[0] + scale[1]) / 2 ? 'pos' : 'mid';
  const score = `<span class="cjm-score cjm-${tone}">${esc(formatScore(emotion, scale))}</span><span class="cjm-muted"> / ${esc(formatScore(scale[1], scale))}</span>`;
  if (!valley) return score;
  const badge = valley.lowest ? labels.lowest : labels.valley;
  return `${score} <span class="cjm-badge">${esc(badge)}</span>`;
}
