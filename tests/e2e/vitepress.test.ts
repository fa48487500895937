// A real VitePress build of a tiny docs site using cjm/markdown-it the way its README says
// (`markdown: { config(md) { md.use(plugin) } }`): the built page holds each map as inline SVG with
// its own <style>, and a bad fence fails the build at the page's line and column.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const site = mkdtempSync(join(tmpdir(), 'cjm-vitepress-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const CLINIC = `\`\`\`journey
title: "Clinic visit {{ not vue }}"
stages:
  - id: book
    name: Book
    touchpoints:
      - name: Call the clinic
        emotion: 1
      - name: Wait on hold
        emotion: -2
        pains: [20 minutes of music]
        opportunities: [online booking]
\`\`\`
`;

function build(docs: Record<string, string>): { status: number | null; output: string } {
  rmSync(join(site, 'docs'), { recursive: true, force: true });
  mkdirSync(join(site, 'docs', '.vitepress'), { recursive: true });
  // The site imports the plugin's source, so the test needs no tsc build; Vite bundles the config.
  writeFileSync(
    join(site, 'docs', '.vitepress', 'config.mts'),
    `import cjm from ${JSON.stringify(join(ROOT, 'src/plugins/markdown-it.ts'))};\nexport default { title: 'Maps', markdown: { config(md) { md.use(cjm); } } };\n`,
  );
  for (const [name, text] of Object.entries(docs)) {
    mkdirSync(join(site, 'docs', name, '..'), { recursive: true });
    writeFileSync(join(site, 'docs', name), text);
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs'], {
    cwd: site,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('a VitePress site with ```journey fences', () => {
  beforeAll(() => {
    symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
    mkdirSync(join(site, 'docs', 'maps'), { recursive: true });
  });

  it('builds, and the page holds both maps as inline SVG with their own styles', () => {
    const skincare = readFileSync(join(ROOT, 'examples/skincare-zh.yaml'), 'utf8');
    const { status, output } = build({
      'index.md': `---\ntitle: Journeys\n---\n# Our journeys\n\n${CLINIC}\nAnd one from a file:\n\n\`\`\`journey src="maps/skincare.yaml"\n\`\`\`\n`,
      'maps/skincare.yaml': skincare,
    });
    expect(status, output).toBe(0);
    const html = readFileSync(join(site, 'docs/.vitepress/dist/index.html'), 'utf8');
    expect(html).toMatch(/<title id="cjm-index-0-(cjm-)?title">Clinic visit \{\{ not vue \}\}<\/title>/);
    expect(html).toMatch(/<title id="cjm-index-1-(cjm-)?title">小芳的天然保養品網購旅程<\/title>/);
    expect(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/g)).toHaveLength(2);
    // Each map's one style rule is scoped to its own root (embed-safe SVG).
    expect(html.match(/<style>#cjm-index-[01]-(cjm-)?root text\{font-family:/g)).toHaveLength(2);
    // The client bundle re-renders the page on hydration: it must carry the style too (Vue drops
    // <style> from templates, hence v-html).
    const assets = join(site, 'docs/.vitepress/dist/assets');
    const chunk = readdirSync(assets).find((f) => /^index\.md\.[\w-]+\.js$/.test(f) && !f.includes('.lean.'))!;
    const js = readFileSync(join(assets, chunk), 'utf8');
    expect(js).toContain('decodeURIComponent');
    expect(js).toMatch(/%3Cstyle%3E[^'"]{0,80}root[^'"]{0,12}text[^'"]{0,6}font-family:/);
  }, 300_000);

  it('fails the build at the page, line and column of a bad value', () => {
    // Front matter, which VitePress strips before markdown-it parses, still counts in the line.
    const bad = `---\ntitle: Broken\n---\n# Broken\n\nText.\n\n${CLINIC.replace('emotion: -2', 'emotion: -9')}`;
    const line = bad.split('\n').findIndex((l) => l.includes('emotion: -9')) + 1;
    const { status, output } = build({ 'guide/bad.md': bad, 'index.md': '# Home\n' });
    expect(status).not.toBe(0);
    expect(output).toContain(`docs/guide/bad.md:${line}:18: error emotion-out-of-scale:`);
  }, 300_000);
});
