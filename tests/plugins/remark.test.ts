// The remark plugin in a real unified pipeline (remark-parse → cjm/remark → remark-rehype →
// rehype-stringify): the map arrives as hast, so no allowDangerousHtml is needed; errors fail the
// file with a VFileMessage at the page's line and column.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import cjm from '../../src/plugins/remark.js';
import { compileSvgSync } from '../../src/index.js';

const docs = mkdtempSync(join(tmpdir(), 'cjm-remark-'));
mkdirSync(join(docs, 'maps'));
afterAll(() => rmSync(docs, { recursive: true, force: true }));

const YAML =
  'title: "Tom & Jerry <3 旅程"\nlocale: zh-Hant\nstages:\n  - id: a\n    name: 認知\n    touchpoints:\n      - name: 看到廣告\n        emotion: 1\n      - name: 比較\n        emotion: -1\n        pains: [太貴]\n        opportunities: [試用]\n';
writeFileSync(join(docs, 'maps', 'clinic.yaml'), YAML);

const pipeline = (options = {}) =>
  unified()
    .use(remarkParse)
    .use(cjm, { root: docs, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
const page = (value: string) => new VFile({ path: join(docs, 'guide.md'), value });

describe('cjm/remark', () => {
  it('turns a journey fence into the same SVG the library draws, inside a div', async () => {
    const html = String(await pipeline().process(page(`# Guide\n\n\`\`\`journey\n${YAML}\`\`\`\n\nAfter.\n`)));
    expect(html).toContain('<h1>Guide</h1>');
    expect(html).toContain('<p>After.</p>');
    expect(html).toMatch(/<div class="cjm-journey" style="overflow-x:auto"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(html).toMatch(/<title id="cjm-guide-0-(cjm-)?title">Tom &#x26; Jerry &#x3C;3 旅程<\/title>/);
    // Element for element, attribute for attribute what renderSvg wrote (hast only re-escapes text).
    const svg = compileSvgSync(YAML, { idPrefix: 'cjm-guide-0-' }).svg!.replace(/^<\?xml[^>]*\?>\n/, '');
    const tags = (s: string) =>
      s.match(/<[a-z][^>]*>/g)!.map((t) =>
        t
          .replace(/\s*\/>$/, '>')
          .replace(/&#39;|&#x27;/g, "'")
          .replace(/&quot;|&#x22;/g, '"'),
      );
    expect(tags(html.slice(html.indexOf('<svg'), html.indexOf('</svg>')))).toEqual(tags(svg.slice(0, svg.indexOf('</svg>'))));
  });

  it('draws the overview for a narrow column with view: overview', async () => {
    const width = async (options: object): Promise<number> =>
      Number(/<svg [^>]*width="([\d.]+)"/.exec(String(await pipeline(options).process(page(`\`\`\`journey\n${YAML}\`\`\`\n`))))?.[1]);
    const overview = await width({ view: 'overview' });
    expect(overview).toBeLessThanOrEqual(960);
    expect(overview).toBeLessThan(await width({}));
  });

  it('reads src= relative to the page and numbers the fences of a page', async () => {
    const html = String(await pipeline({ theme: 'mono' }).process(page('```journey src="maps/clinic.yaml"\n```\n\n```journey src=maps/clinic.yaml\n```\n')));
    expect(html).toMatch(/id="cjm-guide-0-(cjm-)?title"/);
    expect(html).toMatch(/id="cjm-guide-1-(cjm-)?title"/);
    expect(html).toContain('data-theme="mono"');
  });

  it('fails the file with a message at the line and column inside the page', async () => {
    const bad = YAML.replace('emotion: -1', 'emotion: -7');
    const line = 3 + bad.split('\n').findIndex((l) => l.includes('emotion: -7')) + 1;
    const error = await pipeline()
      .process(page(`Intro\n\n\`\`\`journey\n${bad}\`\`\`\n`))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ line, column: 18, ruleId: 'emotion-out-of-scale', source: 'cjm', fatal: true });
    expect(String(error)).toContain(`guide.md:${line}:18`);
    const outside = await pipeline()
      .process(page('```journey src="../x.yaml"\n```\n'))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(outside).toMatchObject({ line: 1, column: 1, ruleId: 'journey-src-outside-root' });
  });
});
