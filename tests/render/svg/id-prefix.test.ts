// renderSvg's idPrefix: every id the document writes and every reference to one carries it, so two
// maps (or the HTML page's light and dark copies) can share one page.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { compile } from '../../../src/compile.js';
import { layout } from '../../../src/layout/index.js';
import { renderSvg } from '../../../src/render/svg/index.js';
import { journeyOf, touchpoint } from '../../helpers/journeys.js';

const journey = journeyOf(
  [
    { id: 'find', touchpoints: [touchpoint('ad', 1, { pains: ['p'] }), touchpoint('compare', -2, { pains: ['slow'], opportunities: ['faster'] })] },
    { id: 'buy', touchpoints: [touchpoint('pay', 2)] },
  ],
  { persona: { name: 'Ann', goals: ['g'], needs: [], frustrations: [] } },
);
const scene = layout(journey, analyse(journey));

/** Every id and every id reference in the markup (text content included: a stray "#x" there would show). */
function idsAndRefs(svg: string): { ids: string[]; refs: string[] } {
  const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  const refs = [
    ...[...svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)),
    ...[...svg.matchAll(/url\(#([^)]*)\)/g)].map((m) => m[1]!),
    ...[...svg.matchAll(/\s(?:xlink:)?href="#([^"]*)"/g)].map((m) => m[1]!),
  ];
  return { ids, refs };
}

describe('renderSvg idPrefix', () => {
  it('prefixes every id and every reference, and every reference resolves inside the document', () => {
    const svg = renderSvg(scene, { idPrefix: 'm2-' });
    const { ids, refs } = idsAndRefs(svg);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => !id.startsWith('m2-'))).toEqual([]);
    expect(refs.filter((r) => !r.startsWith('m2-'))).toEqual([]);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    expect(svg).toContain('id="m2-tp-compare"');
    expect(svg).toMatch(/aria-labelledby="m2-cjm-title m2-cjm-desc"/);
  });

  it('changes nothing else: without the prefix the output is what it was', () => {
    const plain = renderSvg(scene);
    expect(renderSvg(scene, {})).toBe(plain);
    expect(renderSvg(scene, { idPrefix: '' })).toBe(plain);
    const stripped = renderSvg(scene, { idPrefix: 'm2-' }).replace(/(\sid="|aria-labelledby="|\s)m2-/g, '$1');
    expect(stripped).toBe(plain);
  });

  it('escapes a hostile prefix like any attribute value', () => {
    const svg = renderSvg(scene, { idPrefix: '"><script>x</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('id="&quot;&gt;&lt;script&gt;x&lt;/script&gt;cjm-title"');
  });

  it('is a compile option for SVG output', async () => {
    const spec = 'title: T\nstages:\n  - id: s\n    touchpoints:\n      - {id: a, name: A, emotion: 1}\n';
    const { outputs } = await compile(spec, { format: 'svg', idPrefix: 'docs-' });
    const { ids, refs } = idsAndRefs(String(outputs.svg));
    expect(ids).toEqual(['docs-cjm-title', 'docs-cjm-desc', 'docs-tp-a']);
    expect(refs).toEqual(['docs-cjm-title', 'docs-cjm-desc']);
  });
});
