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
});
