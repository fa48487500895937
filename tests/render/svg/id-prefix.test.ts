// The map's prefix: every id, every class and the style rule carry it, and every reference resolves
// inside the document, so two maps (or the HTML page's light and dark copies) can share one page.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { compile } from '../../../src/compile.js';
import { layout } from '../../../src/layout/index.js';
import { renderSvg } from '../../../src/render/svg/index.js';
import { normalisePrefix, prefixFrom } from '../../../src/render/svg/prefix.js';
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

const classes = (svg: string): string[] => [...svg.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/));
const styleOf = (svg: string): string => /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';

describe('renderSvg idPrefix', () => {
  it('prefixes every id, every class and every reference, and every reference resolves inside the document', () => {
    const svg = renderSvg(scene, { idPrefix: 'm2' });
    const { ids, refs } = idsAndRefs(svg);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id) => !id.startsWith('m2-'))).toEqual([]);
    expect(refs.filter((r) => !r.startsWith('m2-'))).toEqual([]);
    expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    expect(classes(svg).length).toBeGreaterThan(20);
    expect(classes(svg).filter((c) => !c.startsWith('m2-'))).toEqual([]);
    expect(svg).toContain('id="m2-tp-compare"');
    expect(svg).toContain('class="m2-valley-band"');
    expect(svg).toMatch(/<svg [^>]*id="m2-root"[^>]*aria-labelledby="m2-title m2-desc"/);
  });

  it('scopes every style rule to the map root: no bare element rule', () => {
    for (const prefix of ['m2', 'cjm', undefined]) {
      const css = styleOf(renderSvg(scene, prefix === undefined ? {} : { idPrefix: prefix }));
      const selectors = [...css.matchAll(/(^|\})([^{}]+)\{/g)].map((m) => m[2]!.trim());
      expect(selectors.length).toBeGreaterThan(0);
      for (const s of selectors) for (const part of s.split(',')) expect(part.trim()).toMatch(new RegExp(`^#${prefix ?? 'cjm'}-root\\s`));
    }
  });

  it('changes nothing but the names: cjm is the default, and `p` equals `p-`', () => {
    const plain = renderSvg(scene);
    expect(renderSvg(scene, {})).toBe(plain);
    expect(renderSvg(scene, { idPrefix: '' })).toBe(plain);
    expect(renderSvg(scene, { idPrefix: 'cjm-' })).toBe(plain);
    expect(renderSvg(scene, { idPrefix: 'm2-' })).toBe(renderSvg(scene, { idPrefix: 'm2' }));
    expect(renderSvg(scene, { idPrefix: 'm2' }).replace(/\bm2-/g, 'cjm-')).toBe(plain);
  });

  it('turns a hostile prefix into a safe identifier', () => {
    const svg = renderSvg(scene, { idPrefix: '"><script>x</script>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('id="script-x-script-title"');
    expect(styleOf(svg)).toMatch(/^#script-x-script-root text\{/);
  });
});

describe('default prefix', () => {
  it('is an ASCII slug of a name, the same every run; CJK names get a stable hash', () => {
    expect(prefixFrom('clinic')).toBe('clinic');
    expect(prefixFrom('Skincare Journey (2025)')).toBe('skincare-journey-2025');
    expect(prefixFrom('2025-q1')).toBe('m-2025-q1');
    expect(prefixFrom('Café')).toMatch(/^cafe$/);
    const zh = prefixFrom('小芳的天然保養品購買旅程');
    expect(zh).toMatch(/^cjm-[0-9a-z]{7}$/);
    expect(prefixFrom('小芳的天然保養品購買旅程')).toBe(zh);
    expect(prefixFrom('小芳的天然保養品購買旅途')).not.toBe(zh);
    expect(prefixFrom('IG 廣告旅程')).toMatch(/^ig-[0-9a-z]{7}$/);
    expect(normalisePrefix('docs-')).toBe('docs');
    expect(normalisePrefix('小芳')).toMatch(/^cjm-[0-9a-z]{7}$/);
  });

  it('comes from the output name, else the input file, else the title; idPrefix overrides', async () => {
    const spec = 'title: 小芳的旅程\nstages:\n  - id: s\n    touchpoints:\n      - {id: a, name: A, emotion: 1}\n';
    const ids = async (options: object): Promise<string[]> => idsAndRefs(String((await compile(spec, { format: 'svg', ...options })).outputs.svg)).ids;
    expect(await ids({ file: 'maps/clinic.yaml', outputName: 'out/Clinic Map.svg' })).toEqual([
      'clinic-map-root',
      'clinic-map-title',
      'clinic-map-desc',
      'clinic-map-tp-a',
    ]);
    expect(await ids({ file: 'maps/clinic.yaml' })).toContain('clinic-tp-a');
    const byTitle = await ids({});
    expect(byTitle[0]).toMatch(/^cjm-[0-9a-z]{7}-root$/);
    expect(await ids({})).toEqual(byTitle);
    expect(await ids({ file: 'maps/clinic.yaml', idPrefix: 'docs-' })).toEqual(['docs-root', 'docs-title', 'docs-desc', 'docs-tp-a']);
  });
});
