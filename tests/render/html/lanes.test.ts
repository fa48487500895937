// The page's table and details panel show every lane the map draws: physical evidence, blueprint
// steps as lists, and the map's own lanes after the built-in ones, under their declared labels.
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../src/render/html/table.js';
import { renderDetailsPanel } from '../../../src/render/html/details.js';
import { analyse } from '../../../src/analyse/index.js';
import { labelsFor } from '../../../src/i18n/labels.js';
import { journeyOf, touchpoint } from '../../helpers/journeys.js';

const journey = journeyOf(
  [
    {
      id: 's',
      touchpoints: [
        touchpoint('a', 1, {
          physicalEvidence: ['Key card', 'Lobby sign'],
          frontstage: ['Greets', 'Hands over the key'],
          support: 'PMS',
          lanes: { kpi: ['<b>2 min</b>'], staff: ['Night auditor'] },
        }),
      ],
    },
  ],
  {
    locale: 'zh-Hant',
    lanes: [
      { id: 'staff', label: '人員' },
      { id: 'kpi', label: '<i>KPI</i>' },
    ],
  },
);

describe('HTML: lanes', () => {
  it('orders the table columns as the map orders its lanes, custom lanes last in declared order', () => {
    const html = renderTable(journey, analyse(journey), labelsFor('zh-Hant'));
    const heads = [...html.matchAll(/<th scope="col"[^>]*>([^<]*(?:<[^/][^>]*>[^<]*)*)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(['接觸點', '情緒', '實體證據', '前台', '支援流程', '人員', '&lt;i&gt;KPI&lt;/i&gt;']);
    expect(html).toContain('<td class="cjm-c-physicalEvidence"><ul><li>Key card</li><li>Lobby sign</li></ul></td>');
    expect(html).toContain('<td class="cjm-c-lane-kpi">&lt;b&gt;2 min&lt;/b&gt;</td>');
  });

  it('lists the steps in the details panel, one item per step', () => {
    const html = renderDetailsPanel(journey, analyse(journey), labelsFor('zh-Hant'));
    expect(html).toContain('<div class="cjm-f-frontstage"><dt>前台</dt><dd><ul><li>Greets</li><li>Hands over the key</li></ul></dd></div>');
    expect(html).toContain('<div class="cjm-f-lane-staff"><dt>人員</dt><dd>Night auditor</dd></div>');
    expect(html.indexOf('cjm-f-support')).toBeLessThan(html.indexOf('cjm-f-lane-staff'));
    expect(html.indexOf('cjm-f-lane-staff')).toBeLessThan(html.indexOf('cjm-f-lane-kpi'));
    expect(html).not.toContain('<i>KPI');
  });
});
