// The page of a map with several personas: every card in its colour, each score and thought under
// its persona's name, "where it hurts" grouped by persona, and persona text escaped everywhere.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';

const spec = `title: T
locale: zh-Hant
personas:
  - {id: mom, name: 媽媽, color: "#E11D48"}
  - {id: a.b, name: "<img src=x onerror=alert(1)>&"}
stages:
  - id: s
    touchpoints:
      - {id: x, name: X, emotion: {mom: 1, a.b: 1}}
      - {id: y, name: Y, emotion: {mom: -1, a.b: 0}, thought: {mom: 好累, a.b: "<b>hi</b>"}, pains: [p], opportunities: [o]}
      - {id: z, name: Z, emotion: {mom: 1, a.b: -1}, feeling: 安心, pains: [q], opportunities: [o]}
`;

const page = async (theme: 'light' | 'dark' | 'mono' = 'light'): Promise<string> => {
  const result = await compile(spec, { file: 'm.yaml', format: ['html'], theme });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return String(result.outputs.html);
};

describe('the page of a map with several personas', () => {
  it('colours each persona card and names each score and thought by persona', async () => {
    const html = await page();
    expect(html).toContain('<div class="cjm-persona cjm-persona-1">');
    expect(html).toContain('.cjm-persona-1{--persona:#E11D48}');
    expect(html).toContain('<li><span class="cjm-who cjm-persona-1">媽媽</span> <span class="cjm-score cjm-neg">−1</span>');
    expect(html).toContain('<li>媽媽：好累</li>');
    // A value written once is one line, not one per persona.
    expect(html).toContain('<div class="cjm-f-feeling"><dt>感受</dt><dd>安心</dd></div>');
  });
  it('groups “where it hurts” by persona', async () => {
    const html = await page();
    const hurts = html.slice(html.indexOf('id="cjm-h-hurts"'), html.indexOf('id="cjm-h-table"'));
    expect(hurts.match(/<h3 class="cjm-valleys-of">.*?<\/h3>/g)).toEqual([
      '<h3 class="cjm-valleys-of"><span class="cjm-who cjm-persona-1">媽媽</span></h3>',
      '<h3 class="cjm-valleys-of"><span class="cjm-who cjm-persona-2">&lt;img src=x onerror=alert(1)&gt;&amp;</span></h3>',
    ]);
  });
  it('escapes persona names and never lets an id out of its CSS string', async () => {
    for (const theme of ['light', 'dark', 'mono'] as const) {
      const html = await page(theme);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>hi');
      expect(html).toContain('[data-persona="a.b"]{display:none}');
    }
  });
  it('keeps a persona’s own colour out of the mono map', async () => {
    const svg = async (theme: 'light' | 'mono') => String((await compile(spec, { file: 'm.yaml', format: ['svg'], theme })).outputs.svg);
    expect(await svg('light')).toContain('#E11D48');
    expect(await svg('mono')).not.toContain('#E11D48');
  });
});
