// The same data as the map, as a semantic table: one <tbody> per stage (a row-group header), one
// row per touchpoint with the touchpoint name as row header. Screen readers and keyboard users get
// everything here; columns that no touchpoint fills are left out so the table stays readable.
import type { Analysis } from '../../analyse/analysis.js';
import type { Labels } from '../../i18n/labels.js';
import type { Journey } from '../../model/journey.js';
import { esc } from './escape.js';
import { emotionsMarkup, fieldValue } from './fields.js';
import { customFieldKey, touchpointFields, type Field } from './format.js';

export const rowId = (touchpointId: string): string => `cjm-row-${touchpointId}`;

export function renderTable(journey: Journey, analysis: Analysis, labels: Labels): string {
  const perTouchpoint = new Map<string, Field[]>();
  const columns: Array<{ key: string; label: string }> = [];
  for (const stage of journey.stages) {
    for (const tp of stage.touchpoints) {
      const fields = touchpointFields(journey, tp, labels);
      perTouchpoint.set(tp.id, fields);
      for (const f of fields) if (!columns.some((c) => c.key === f.key)) columns.push({ key: f.key, label: f.label });
    }
  }
  // touchpointFields yields keys in one fixed order; sort the union into that order too.
  const order = [
    'description',
    'channel',
    'when',
    'action',
    'thought',
    'feeling',
    'pains',
    'opportunities',
    'owner',
    'metrics',
    'physicalEvidence',
    'frontstage',
    'backstage',
    'support',
    ...journey.lanes.map((lane) => customFieldKey(lane.id)),
    'evidence',
  ];
  columns.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const span = columns.length + 2;
  const head =
    `<thead><tr><th scope="col">${esc(labels.lanes.touchpoint)}</th><th scope="col">${esc(labels.lanes.emotion)}</th>` +
    `${columns.map((c) => `<th scope="col" class="cjm-c-${esc(c.key)}">${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const bodies = journey.stages.map((stage) => {
    const rows = stage.touchpoints.map((tp) => {
      const fields = perTouchpoint.get(tp.id) ?? [];
      const cells = columns.map((c) => {
        const f = fields.find((x) => x.key === c.key);
        return `<td class="cjm-c-${esc(c.key)}">${f ? fieldValue(f.value, { journey, labels }) : ''}</td>`;
      });
      const emotion = emotionsMarkup(journey, analysis, tp, labels);
      return (
        `<tr id="${esc(rowId(tp.id))}" data-touchpoint="${esc(tp.id)}">` +
        `<th scope="row"><a href="#cjm-tp-${esc(tp.id)}">${esc(tp.name)}</a></th><td class="cjm-nowrap">${emotion}</td>${cells.join('')}</tr>`
      );
    });
    // The stage's description whole (the map clamps it to a few lines), one <p> per paragraph.
    const about = (stage.description ?? '')
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== '')
      .map((p) => `<p class="cjm-stage-description">${esc(p)}</p>`)
      .join('');
    return `<tbody><tr class="cjm-stage-row"><th scope="rowgroup" colspan="${span}">${esc(stage.name)}${about}</th></tr>${rows.join('')}</tbody>`;
  });
  return (
    `<div class="cjm-table-wrap" tabindex="0" role="region" aria-labelledby="cjm-h-table">` +
    `<table class="cjm-table"><caption>${esc(journey.title)}</caption>${head}${bodies.join('')}</table></div>`
  );
}
