// Pains, opportunities and sources on the page: their weight in words, the pains an opportunity
// answers, footnotes that link to the Sources section, and links that are links only for http(s).
import { describe, expect, it } from 'vitest';
import { renderPage, type HtmlInput } from '../../../src/render/html/page.js';
import { HOSTILE, hostile, LINKS, richJourney, sampleAnalysis, stubScene, stubSvg } from './fixtures.js';

function render(journey = richJourney()): string {
  const input: HtmlInput = {
    journey,
    analysis: sampleAnalysis(),
    scenes: { light: stubScene(journey, 'light'), dark: stubScene(journey, 'dark') },
    theme: 'light',
  };
  return renderPage(input, stubSvg);
}
const count = (s: string, needle: string) => s.split(needle).length - 1;
const article = (html: string, id: string) => /<article id="cjm-d-checkout"[\s\S]*?<\/article>/.exec(html)?.[0] ?? (id && '');

describe('items and sources on the page', () => {
  const html = render();

  it('lists each pain with its severity, each opportunity with its status, owner and link, in the details and the table', () => {
    const details = article(html, 'checkout');
    expect(details).toContain('<li class="cjm-item cjm-sev-high" data-pain="shipping" tabindex="0"><span class="cjm-item-text">運費門檻太高</span>');
    expect(details).toContain('嚴重度：高');
    expect(details).toContain('嚴重度：低');
    expect(details).toContain('進行中');
    expect(details).toContain('✓ 已完成');
    expect(details).toContain('負責團隊：電商組');
    expect(details).toContain('回應痛點：結帳要重新註冊');
    expect(details).toContain('對應機會：免運門檻調降');
    expect(count(html, 'data-pain="shipping"')).toBe(2); // details and table
  });

  it('makes only http(s) links clickable, in a new tab without opener or referrer; every other link stays text', () => {
    const external = [...html.matchAll(/<a\s[^>]*href="([^"#][^"]*)"[^>]*>/g)];
    expect(new Set(external.map((m) => m[1]))).toEqual(new Set(['https://tracker.example.com/CS-142', 'http://example.org/report']));
    for (const m of external) {
      expect(m[0]).toContain('rel="noopener noreferrer"');
      expect(m[0]).toContain('target="_blank"');
    }
    expect(html).toContain('<span class="cjm-link-text">javascript:alert(1)</span>');
    expect(html).toContain('<span class="cjm-link-text">JAVASCRIPT:alert(2)</span>');
    expect(html).toContain('<span class="cjm-link-text"> javascript:alert(3)</span>');
    expect(html).toContain('<span class="cjm-link-text">data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;</span>');
    expect(html).toContain('<span class="cjm-link-text">../secret/report.pdf</span>');
    expect(html).toContain('<span class="cjm-link-text">//evil.example/x</span>');
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(LINKS.script).toMatch(/^javascript:/); // guard: the fixture really holds such links
  });

  it('numbers citations as footnotes that link to the Sources section, which lists every source in full', () => {
    expect(html).toContain('<sup class="cjm-cite"><a href="#cjm-src-survey" title="問卷">1</a>,<a href="#cjm-src-logs" title="客服紀錄">2</a></sup>');
    expect(html).toContain('<section aria-labelledby="cjm-h-sources"><h2 id="cjm-h-sources">資料來源</h2>');
    expect(html).toMatch(
      /<li id="cjm-src-survey"><span class="cjm-source-n">1<\/span> <span class="cjm-source-title">問卷<\/span> <span class="cjm-muted">· 問卷調查 · n = 412 · 2025-03<\/span>/,
    );
    expect(html).toContain(
      '<li id="cjm-src-other"><span class="cjm-source-n">3</span> <span class="cjm-source-title">other</span> <span class="cjm-muted">· 其他</span>',
    );
    // The details cite the touchpoint's sources and its items', in full.
    expect(article(html, 'checkout')).toMatch(
      /<div class="cjm-f-evidence"><dt>佐證<\/dt><dd><ul class="cjm-source-list"><li><span class="cjm-source-n">1<\/span>.*<li><span class="cjm-source-n">2<\/span>.*<li><span class="cjm-source-n">3<\/span>/,
    );
  });

  it('leaves out the Sources section when the map cites nothing', () => {
    const plain = { ...richJourney(), sources: [] };
    expect(render(plain)).not.toContain('cjm-h-sources');
  });

  it('escapes hostile text in every new field', () => {
    const journey = hostile(richJourney());
    const out = render(journey);
    expect(journey.sources[0]!.title).toContain(HOSTILE);
    expect(count(out, '<script')).toBe(1);
    expect(out).not.toMatch(/<img/i);
    // Attribute by attribute (a value may hold "onerror=" as escaped text): no handler, no href but ours.
    const attributes = [...out.matchAll(/<[a-zA-Z][^<>]*>/g)].flatMap((tag) =>
      [...tag[0].matchAll(/\s([^\s="]+)(?:="([^"]*)")?/g)].map((a): [string, string] => [a[1]!, a[2] ?? '']),
    );
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(attributes.filter(([name, value]) => name === 'href' && !value.startsWith('#'))).toEqual([]);
    expect(out).not.toMatch(/<svg onload/i);
    expect(out).not.toMatch(/<a\s[^>]*href="(?!#)/); // hostile links are not web links
    expect(out).toContain(
      '&lt;script&gt;window.__pwned=1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2;alert(1)&quot;&gt;&#39;&lt;/style&gt;&lt;/title&gt;&lt;/textarea&gt;]]&gt;&lt;!-- javascript:alert(3) &lt;svg onload=alert(4)&gt; owner',
    );
  });
});
