// The details panel: one hidden <article> per touchpoint, written out in full at build time. The
// page script only toggles `hidden` and positions the panel; it never builds markup, so no user
// text ever passes through innerHTML.
import type { Analysis } from '../../analyse/analysis.js';
import type { Labels } from '../../i18n/labels.js';
import type { Journey, Stage, Touchpoint } from '../../model/journey.js';
import { esc } from './escape.js';
import { emotionsMarkup, fieldValue } from './fields.js';
import { touchpointFields } from './format.js';

export const detailsId = (touchpointId: string): string => `cjm-d-${touchpointId}`;
/** Not `${detailsId}-h`: touchpoint `a`'s heading would then share the id of touchpoint `a-h`'s details. */
export const detailsHeadingId = (touchpointId: string): string => `cjm-dh-${touchpointId}`;

export function renderDetailsPanel(journey: Journey, analysis: Analysis, labels: Labels): string {
  const articles = journey.stages.flatMap((stage) => stage.touchpoints.map((tp) => article(journey, analysis, stage, tp, labels)));
  return (
    `<div id="cjm-details" class="cjm-details" role="group" aria-label="${esc(labels.page.details)}" hidden>` +
    `<button type="button" class="cjm-close" data-close aria-label="${esc(labels.page.close)}">\u00d7</button>` +
    `${articles.join('\n')}</div>`
  );
}

function article(journey: Journey, analysis: Analysis, stage: Stage, tp: Touchpoint, labels: Labels): string {
  const id = detailsId(tp.id);
  const rows = touchpointFields(journey, tp, labels)
    .map((f) => `<div class="cjm-f-${esc(f.key)}"><dt>${esc(f.label)}</dt><dd>${fieldValue(f.value, { journey, labels })}</dd></div>`)
    .join('');
  const emotion = emotionsMarkup(journey, analysis, tp, labels);
  return (
    `<article id="${esc(id)}" data-for="${esc(tp.id)}" hidden>` +
    `<p class="cjm-kicker">${esc(stage.name)}</p>` +
    `<h3 id="${esc(detailsHeadingId(tp.id))}">${esc(tp.name)}</h3>` +
    `<dl><div class="cjm-f-emotion"><dt>${esc(labels.lanes.emotion)}</dt><dd>${emotion}</dd></div>${rows}</dl>` +
    `</article>`
  );
}
