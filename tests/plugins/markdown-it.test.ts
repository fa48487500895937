// The markdown-it plugin on a real markdown-it: ```journey fences (inline YAML, inline Markdown, src=)
// become embed-safe inline SVG; errors throw `page.md:LINE:COL: error CODE: message`.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPrefix } from '../../src/plugins/journey-fence.js';
import cjm from '../../src/plugins/markdown-it.js';

const site = mkdtempSync(join(tmpdir(), 'cjm-mdit-'));
const docs = join(site, 'docs');
mkdirSync(join(docs, 'maps'), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

const YAML =
  'title: 小芳的旅程\nlocale: zh-Hant\nstages:\n  - id: a\n    name: 認知\n    touchpoints:\n      - name: 看到廣告\n        emotion: 1\n      - name: 比較\n        emotion: -1\n        pains: [太貴]\n        opportunities: [試用]\n';
writeFileSync(join(docs, 'maps', 'clinic.yaml'), YAML.replace('小芳的旅程', 'Clinic visit'));
writeFileSync(join(site, 'outside.yaml'), YAML);
symlinkSync(join(site, 'outside.yaml'), join(docs, 'maps', 'link.yaml'));

const md = () => {
  const m = new MarkdownIt();
  m.use(cjm, { root: docs });
  return m;
};
const page = join(docs, 'guide', 'page.md');
/** Paths as errors show them: relative to the working directory when inside it, else absolute. */
const rel = (path: string): string => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
const shown = rel(page);
const render = (src: string) => md().render(src, { path: page, relativePath: 'guide/page.md' });

describe('cjm/markdown-it', () => {
  it('renders an inline YAML fence as an SVG holding the title, with a per-page, per-fence id prefix', () => {
    const html = render(`# Journeys\n\n\`\`\`journey\n${YAML}\`\`\`\n\n\`\`\`journey\n${YAML}\`\`\`\n`);
    expect(html).toContain('<h1>Journeys</h1>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('小芳的旅程</title>');
    expect(html).not.toContain('<?xml');
    expect(html).toMatch(/id="cjm-guide-page-0-(cjm-)?title"/);
    expect(html).toMatch(/id="cjm-guide-page-1-(cjm-)?title"/);
    // Other fences are left to markdown-it.
    expect(md().render('```js\nlet a = 1;\n```\n')).toContain('<pre><code class="language-js">');
  });

  it('renders a Markdown spec, and a src= file relative to the page, with the theme option', () => {
    const spec = '---\ntitle: Markdown map\n---\n\n## Visit\n\n### Book\n\n- emotion: 1\n\n### Wait\n\n- emotion: -1\n';
    expect(render(`\`\`\`journey\n${spec}\`\`\`\n`)).toContain('Markdown map</title>');
    const m = new MarkdownIt().use(cjm, { root: docs, theme: 'dark', idPrefix: 'x-' });
    const html = m.render('```journey src="../maps/clinic.yaml"\n```\n', { path: page });
    expect(html).toContain('Clinic visit</title>');
    expect(html).toMatch(/id="x-0-(cjm-)?title"/);
    expect(html).toContain('data-theme="dark"');
  });

  it('gives Vue (VitePress) the SVG as a v-html string that decodes back to the same bytes', () => {
    const spec = YAML.replace('小芳的旅程', `it's "{{ x }}" & <b>%41\\n</b>`);
    const html = new MarkdownIt()
      .use(cjm, { root: docs })
      .render(`\`\`\`journey\n${spec}\`\`\`\n`, { path: page, relativePath: 'guide/page.md', cleanUrls: false });
    const m = /^<div class="cjm-journey" style="overflow-x:auto" v-html="decodeURIComponent\('([^'"<>&]*)'\)"><\/div>\n$/.exec(html);
    expect(m).not.toBeNull();
    const plain = render(`\`\`\`journey\n${spec}\`\`\`\n`);
    expect(decodeURIComponent(m![1]!).trimEnd()).toBe(/<svg[\s\S]*<\/svg>/.exec(plain)![0]);
    expect(plain).toContain('<style>');
  });

  it('fails with the page, line and column of the bad value inside the fence', () => {
    // Line 5 of the page holds `emotion: 9`, which is outside the scale; after front matter of 3 lines.
    const bad = YAML.replace('emotion: 1', 'emotion: 9');
    const src = `Intro\n\n\`\`\`journey\n${bad}\`\`\`\n`;
    const line = 3 + bad.split('\n').findIndex((l) => l.includes('emotion: 9')) + 1;
    expect(() => render(src)).toThrow(`${shown}:${line}:18: error emotion-out-of-scale:`);
    // An indented fence (in a list item) keeps its indent in the column.
    const listed = `- item\n\n  \`\`\`journey\n${bad.replace(/^/gm, '  ').trimEnd()}\n  \`\`\`\n`;
    expect(() => render(listed)).toThrow(`${shown}:${line}:20: error emotion-out-of-scale:`);
  });

  it('counts lines from the top of the file when an earlier plugin stripped the front matter', () => {
    const m = new MarkdownIt();
    const render = m.render.bind(m);
    // What VitePress does: env.content is the body after front matter, which alone is parsed.
    m.render = (src: string, env: { content?: string } = {}) => {
      env.content = src.replace(/^---\n[\s\S]*?\n---\n/, '');
      return render(env.content, env);
    };
    m.use(cjm, { root: docs });
    expect(() => m.render('---\na: 1\n---\n```journey\ntitle: x\nstages: 3\n```\n', { path: page })).toThrow(`${shown}:6:9: error wrong-type:`);
  });

  it('refuses src= paths that leave the docs root, also through a symlink, and reports missing files', () => {
    expect(() => render('```journey src="../../outside.yaml"\n```\n')).toThrow(`${shown}:1:1: error journey-src-outside-root:`);
    expect(() => render('```journey src="/etc/passwd"\n```\n')).toThrow('error journey-src-outside-root:');
    expect(() => render('```journey src="../maps/link.yaml"\n```\n')).toThrow('error journey-src-outside-root:');
    expect(() => render('\n```journey src="../maps/none.yaml"\n```\n')).toThrow(
      `${shown}:2:1: error journey-src-unreadable: cannot read src="../maps/none.yaml": no such file`,
    );
  });

  it('points a bad src= file at the page fence and at the place in the spec file', () => {
    writeFileSync(join(docs, 'maps', 'bad.yaml'), 'title: x\nstages: 3\n');
    expect(() => render('Text\n\n```journey src="../maps/bad.yaml"\n```\n')).toThrow(
      new RegExp(`^${shown}:3:1: error wrong-type: .*\\(${rel(join(docs, 'maps', 'bad.yaml'))}:2:9\\)`),
    );
  });
});

describe('the default id prefix', () => {
  it('is a safe identifier of at most 40 characters that keeps the fence number, whatever the page name', () => {
    const pages = ['guide/page.md', '指南/旅程.md', 'a/very/long/folder/name/with/many/parts/and/a/long/page-name.md', ''];
    for (const page of pages) {
      const [first, second] = [defaultPrefix(page, 0), defaultPrefix(page, 11)];
      expect(first).toMatch(/^[a-z][a-z0-9-]*-0-$/);
      expect(second.endsWith('-11-')).toBe(true);
      expect(second.length).toBeLessThanOrEqual(40);
    }
    expect(defaultPrefix('guide/page.md', 0)).toBe('cjm-guide-page-0-');
    expect(defaultPrefix('指南/旅程.md', 0)).not.toBe(defaultPrefix('指南/旅程二.md', 0));
    const long = 'a/very/long/folder/name/with/many/parts/and/a/long/page-name';
    expect(defaultPrefix(`${long}.md`, 0)).not.toBe(defaultPrefix(`${long}-2.md`, 0));
  });
});
