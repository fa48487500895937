// A spec with hostile text in every field goes through the whole pipeline (parse → validate → layout
// → SVG): it comes out escaped, laid out inside its boxes, and the same bytes every time.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compile } from '../../../src/compile.js';
import { assertSafe } from '../../helpers/svg-safety.js';

const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "it's ]]> & <![CDATA[ x ]]>",
  '\u202Eevil\u202C right-to-left override \u2066isolate\u2069',
  '👩‍👩‍👧 emoji 😣 ✅ 🇹🇼',
  `${'很長的文字'.repeat(200)}`,
  `${'x'.repeat(2000)}`,
];

function hostileSpec(): string {
  const t = (i: number) => NASTY[i % NASTY.length]!;
  let k = 0;
  const next = () => t(k++);
  return stringify({
    title: next(),
    type: 'service-blueprint',
    locale: 'zh-Hant',
    lanes: [{ id: 'kpi', label: next() }, { id: 'constructor' }],
    persona: { name: next(), description: next(), goals: [next(), next()], needs: [next()], frustrations: [next()], quote: next() },
    timescale: next(),
    stages: NASTY.map((_, s) => ({
      id: `s${s}`,
      name: next(),
      description: next(),
      pains: [next()],
      opportunities: [next()],
      touchpoints: [0, 1].map((i) => ({
        id: `t${s}-${i}`,
        name: next(),
        description: next(),
        channel: next(),
        when: next(),
        action: next(),
        thought: next(),
        feeling: next(),
        emotion: ((s + i) % 5) - 2,
        pains: [next()],
        opportunities: [next()],
        owner: next(),
        metrics: { [next().slice(0, 40)]: next().slice(0, 60) },
        physicalEvidence: [next(), next()],
        frontstage: [next(), next()],
        backstage: next(),
        support: next(),
        lanes: { kpi: [next(), next()], constructor: next() },
      })),
    })),
  });
}

describe('hostile spec through the whole pipeline', () => {
  it('compiles to a safe, complete, deterministic SVG', async () => {
    const spec = hostileSpec();
    const a = await compile(spec, { file: 'hostile.yaml', format: ['svg', 'json'] });
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const svg = String(a.outputs.svg);
    assertSafe(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&#x202E;evil&#x202C;');
    expect(svg).toContain('👩‍👩‍👧');
    // The 2,000-character run is broken across lines but not lost.
    const xs = [...svg.matchAll(/>(x+)</g)].map((m) => m[1]!.length);
    expect(xs.reduce((n, len) => n + len, 0)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...xs)).toBeLessThan(2000);
    const b = await compile(spec, { file: 'hostile.yaml', format: ['svg', 'json'] });
    expect(b.outputs.svg).toBe(a.outputs.svg);
    expect(b.outputs.json).toBe(a.outputs.json);
  });

  it('escapes hostile text in item objects and sources (titles, owners, links, dates) and links nothing', async () => {
    const t = (i: number) => NASTY[i % NASTY.length]!;
    const spec = stringify({
      title: 'items',
      locale: 'zh-Hant',
      sources: NASTY.map((_, i) => ({
        id: `src-${i}`,
        kind: 'reviews',
        title: t(i),
        n: i,
        date: t(i + 1),
        link: i % 2 ? 'javascript:alert(1)' : `https://example.com/${t(i).slice(0, 50)}`,
      })),
      stages: [
        {
          name: 'S',
          pains: [{ text: t(0), id: 'sp', severity: 'high', evidence: ['src-1'] }],
          touchpoints: NASTY.map((_, i) => ({
            name: t(i),
            emotion: (i % 5) - 2,
            evidence: [`src-${i}`],
            pains: [{ text: t(i + 2), id: `p${i}`, severity: ['low', 'medium', 'high'][i % 3], evidence: [`src-${(i + 1) % NASTY.length}`, `src-${i}`] }],
            opportunities: [
              {
                text: t(i + 3),
                status: ['idea', 'planned', 'in-progress', 'done'][i % 4],
                owner: t(i + 4),
                link: i % 2 ? 'javascript:alert(2)' : t(i + 5),
                addresses: [`p${i}`],
                evidence: [`src-${i}`],
              },
            ],
          })),
        },
      ],
    });
    const result = await compile(spec, { file: 'items.yaml', format: ['svg'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const svg = String(result.outputs.svg);
    assertSafe(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('↗ javascript:alert(2)'); // a link is text on the map
    expect(svg).toContain('javascript:alert(1)'); // in the Sources card, as text
    expect(svg).toContain('data-addresses="p0"');
    expect(svg).toMatch(/class="[a-z]+-sources-card"/);
  });
});
