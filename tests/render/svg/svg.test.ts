// The SVG writer: escaping, safety under hostile text, accessibility, determinism.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../../src/analyse/index.js';
import { layout } from '../../../src/layout/index.js';
import { renderSvg, escapeXml, fmt } from '../../../src/render/svg/index.js';
import type { Journey } from '../../../src/model/journey.js';
import { anyText, journeyArb, journeyOf, touchpoint } from '../../helpers/journeys.js';
import { HOSTILE, hostile } from '../html/fixtures.js';
import { assertSafe } from '../../helpers/svg-safety.js';

const svgOf = (j: Journey, theme: 'light' | 'dark' | 'mono' = 'light'): string => renderSvg(layout(j, analyse(j), { theme }));

const sample = (): Journey =>
  journeyOf(
    [
      { id: 'awareness', touchpoints: [touchpoint('ad', 1, { channel: 'instagram', action: '滑手機時點進廣告', thought: '這真的是天然的嗎？' })] },
      { id: 'purchase', touchpoints: [touchpoint('pay', -2, { pains: ['運費門檻太高'], opportunities: ['免運門檻降低'] }), touchpoint('done', 2)] },
    ],
    { title: '小芳的旅程', locale: 'zh-Hant', persona: { name: '小芳', goals: ['保濕'], needs: [], frustrations: [] } },
  );

describe('escapeXml and fmt', () => {
  it('escapes markup characters, replaces XML-invalid ones, shows bidi controls as references', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(escapeXml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeXml('😀')).toBe('😀');
    expect(escapeXml('abc\u202Edef')).toBe('abc&#x202E;def');
  });
  it('formats numbers with two decimals at most and no negative zero', () => {
    expect([fmt(1), fmt(1.005), fmt(2.456), fmt(-0.001), fmt(-0), fmt(1e-9)]).toEqual(['1', '1', '2.46', '0', '0', '0']);
  });
});

describe('renderSvg', () => {
  it('is an accessible standalone document', () => {
    const svg = svgOf(sample());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/<svg [^>]*id="cjm-root" [^>]*role="img" aria-labelledby="cjm-title cjm-desc" lang="zh-Hant"/);
    expect(svg).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(svg).toContain('<title id="cjm-title">小芳的旅程</title>');
    expect(svg).toMatch(/<desc id="cjm-desc">[^<]*最低點[^<]*<\/desc>/);
    assertSafe(svg);
  });

  it('draws touchpoint groups the HTML page and docs sites can target', () => {
    const svg = svgOf(sample());
    expect(svg).toMatch(/<g id="cjm-tp-pay" class="cjm-touchpoint" data-touchpoint="pay" data-stage="purchase"><title>[^<]+<\/title>/);
    expect(svg).toContain('class="cjm-valley-band"');
    expect(svg).toContain('class="cjm-curve"');
    expect(svg).toContain('>運費門檻太高<');
  });

  it('writes multi-line text as tspans that keep every character', () => {
    const long = '滑手機時點進「無添加、天然萃取」的廣告，接著到官網比較成分與價格，最後加入購物車但沒有結帳';
    const svg = svgOf(journeyOf([{ id: 's', touchpoints: [touchpoint('a', 0, { action: long }), touchpoint('b', 1)] }]));
    const m = svg.match(/<text class="cjm-action"[^>]*>(.*?)<\/text>/);
    expect(m).not.toBeNull();
    const spans = [...m![1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((s) => s[1]);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join('')).toBe(long);
  });

  it('escapes hostile text in every field and stays well-formed', () => {
    const j = hostile(sample());
    const svg = svgOf(j);
    assertSafe(svg);
    expect(svg).not.toContain(HOSTILE);
    expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('stays safe and byte-identical for any text, any theme (property)', () => {
    fc.assert(
      fc.property(journeyArb, anyText, fc.constantFrom('light', 'dark', 'mono' as const), (j, extra, theme) => {
        j.title = `${extra}\u0000\uD800${HOSTILE}\u202E`;
        const svg = svgOf(j, theme);
        assertSafe(svg);
        expect(svgOf(structuredClone(j), theme)).toBe(svg);
      }),
      { numRuns: 40 },
    );
  });
});
