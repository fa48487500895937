// CJK typography has no italic: in every example (YAML and Markdown), no <text> holding Han, kana or
// Hangul is slanted. Thoughts and quotes in Latin text keep their italic.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';

const DIR = new URL('../../../examples/', import.meta.url);
const specs = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|md)$/.test(f))
  .sort();
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/g;

async function svgOf(spec: string): Promise<string> {
  const result = await compile(readFileSync(new URL(spec, DIR), 'utf8'), { file: `examples/${spec}`, format: 'svg' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.outputs.svg as string;
}

describe('no slanted CJK', () => {
  it('checks every example', () => {
    expect(specs.filter((s) => s.includes('-zh')).length).toBeGreaterThanOrEqual(2);
  });

  for (const spec of specs) {
    it(`${spec}: no text element with CJK is italic`, async () => {
      const slanted = [...(await svgOf(spec)).matchAll(TEXT)].filter(([, attrs, body]) => CJK.test(body!) && /font-style="italic"/.test(attrs!));
      expect(slanted.map(([, , body]) => body)).toEqual([]);
    });
  }

  it('Latin thoughts stay italic and CJK thoughts are quoted instead', async () => {
    const en = await svgOf('saas-trial-en.yaml');
    expect(en).toMatch(/<text class="[a-z0-9-]*-thought"[^>]*font-style="italic"/);
    const zh = await svgOf('skincare-zh.yaml');
    const thoughts = [...zh.matchAll(/<text class="[a-z0-9-]*-thought"([^>]*)>([\s\S]*?)<\/text>/g)];
    expect(thoughts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of thoughts) {
      expect(attrs).not.toContain('italic');
      expect(body).toMatch(/^(<tspan[^>]*>)?「/);
    }
  });
});
