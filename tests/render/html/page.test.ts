// The page as a string: structure, escaping, CSP hashes, ids, determinism. Browser behaviour is in
// page.browser.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderPage, type HtmlInput } from '../../../src/render/html/page.js';
import { PALETTES } from '../../../src/render/html/styles.js';
import { HOSTILE, hostile, sampleAnalysis, sampleJourney, stubScene, stubSvg } from './fixtures.js';

function input(theme: HtmlInput['theme'] = 'light', journey = sampleJourney()): HtmlInput {
  return { journey, analysis: sampleAnalysis(), scenes: { light: stubScene(journey, 'light'), dark: stubScene(journey, 'dark') }, theme };
}
const render = (i: HtmlInput) => renderPage(i, stubSvg);
const count = (s: string, needle: string) => s.split(needle).length - 1;
const b64 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

describe('renderPage', () => {
  it('is deterministic', () => {
    expect(render(input())).toBe(render(input()));
  });

  it('pins the inline script and style in the CSP by their sha256 hashes and allows nothing else', () => {
    const html = render(input());
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${b64(script)}'`);
    expect(csp).toContain(`'sha256-${b64(style)}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('sets lang from the locale and localises headings', () => {
    const zh = render(input());
    expect(zh).toContain('<html lang="zh-Hant">');
    expect(zh).toContain('>痛在哪裡</h2>');
    const en = render(input('light', { ...sampleJourney(), locale: 'en' }));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('>Where it hurts</h2>');
  });

  it('keeps a logical heading order: one h1, then h2 sections, h3 below them', () => {
    const levels = [...render(input()).matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => {
      if (i > 0) expect(l - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
  });

  it('writes details and a table row for every touchpoint, and lists valleys lowest first', () => {
    const html = render(input());
    for (const id of ['ig-ad', 'yt-review', 'checkout', 'unbox']) {
      expect(html).toContain(`<article id="cjm-d-${id}" data-for="${id}" hidden>`);
      expect(html).toContain(`<tr id="cjm-row-${id}"`);
    }
    expect(html).toMatch(/<ol class="cjm-valleys"><li><span class="cjm-score cjm-neg">\u22122<\/span> <a href="#cjm-tp-checkout"/);
    expect(html).toContain('CTR: 1.2%');
  });

  it('keeps every id unique although both themes of the map are inlined', () => {
    const ids = [...render(input()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('cjm-tp-checkout');
    expect(ids).toContain('cjm-dark-tp-checkout');
  });

  it('inlines only the dark map when the theme forces dark', () => {
    const html = render(input('dark'));
    expect(count(html, '<svg')).toBe(1);
    expect(html).toContain('fill="#111827"');
    expect(html).toContain('<meta name="color-scheme" content="dark">');
  });

  it('escapes hostile text in every field: no element, attribute or block is injected', () => {
    const journey = hostile(sampleJourney());
    const html = render(input('light', { ...journey, locale: '"><script>x</script>' }));
    expect(count(html, '<script')).toBe(1);
    expect(count(html, '</script>')).toBe(1);
    expect(count(html, '<style')).toBe(1);
    expect(count(html, '</style>')).toBe(1);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son(error|load)=/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toContain('<!-- javascript');
    expect(html).toContain('<html lang="en">'); // a hostile locale (and scene lang) falls back
    expect(html).toContain(`<h1>&lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&gt;&lt;img`);
    expect(HOSTILE).toContain('<img'); // guard: the fixture really is hostile
  });
});

// WCAG 2 relative luminance and contrast ratio.
const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
};

describe('page palettes', () => {
  for (const [name, p] of Object.entries(PALETTES)) {
    it(`${name}: text, links, scores and badges pass WCAG AA (4.5:1) on their backgrounds`, () => {
      for (const bg of [p.bg, p.surface])
        for (const fg of [p.text, p.muted, p.accent, p.neg, p.pos]) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.badgeFg, p.badgeBg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.text, p.stageBg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(3); // non-text contrast for the focus ring
    });
  }
});

describe('CSP for an SVG that carries its own <style>', () => {
  it('hashes the style text as the browser parses it (CDATA markers dropped, entities decoded)', () => {
    const journey = sampleJourney();
    const withStyle = (scene: Parameters<typeof stubSvg>[0], options?: Parameters<typeof stubSvg>[1]) =>
      stubSvg(scene, options).replace('<defs>', '<style><![CDATA[text{font-weight:400}]]> g&gt;rect{stroke-width:1}</style><defs>');
    const html = renderPage(
      { journey, analysis: sampleAnalysis(), scenes: { light: stubScene(journey, 'light'), dark: stubScene(journey, 'dark') }, theme: 'light' },
      withStyle,
    );
    expect(html).toContain(`'sha256-${b64('text{font-weight:400} g>rect{stroke-width:1}')}'`);
  });
});

describe('formatScore', () => {
  it('signs scores on a scale with negatives and leaves 1…5 scores bare', async () => {
    const { formatScore } = await import('../../../src/render/html/format.js');
    expect([-2, 0, 1].map((s) => formatScore(s, [-2, 2]))).toEqual(['\u22122', '0', '+1']);
    expect([1, 3, 5].map((s) => formatScore(s, [1, 5]))).toEqual(['1', '3', '5']);
  });
});
