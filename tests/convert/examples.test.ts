// Converting every example YAML → Markdown → YAML keeps the model, and the SVG, exactly, whatever
// fields the examples use (tests/convert/markdown-fields.test.ts holds a map with every field of #14).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, prepare } from '../../src/compile.js';
import { toMarkdown, toYaml } from '../../src/convert/index.js';

const DIR = new URL('../../examples/', import.meta.url);
const yamls = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const journeyOf = (text: string, file: string) => {
  const { prepared, diagnostics } = prepare(text, { file });
  expect(
    diagnostics.filter((d) => d.severity === 'error'),
    file,
  ).toEqual([]);
  return prepared!.journey;
};

describe('convert: examples round trip', () => {
  for (const name of yamls) {
    it(`${name}: YAML → Markdown → YAML gives the same model`, () => {
      const original = journeyOf(readFileSync(new URL(name, DIR), 'utf8'), name);
      const md = toMarkdown(original);
      const fromMd = journeyOf(md, 'converted.md');
      expect(fromMd).toEqual(original);
      const yaml = toYaml(fromMd);
      expect(journeyOf(yaml, 'converted.yaml')).toEqual(original);
      expect(toMarkdown(journeyOf(yaml, 'again.yaml'))).toBe(md);
    });
  }
});

describe('convert: committed Markdown twins', () => {
  const twins = readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();

  it('at least skincare-zh and saas-trial-en have one', () => {
    expect(twins).toEqual(expect.arrayContaining(['skincare-zh.md', 'saas-trial-en.md']));
  });

  for (const md of twins) {
    const yaml = md.replace(/\.md$/, '.yaml');
    it(`${md} gives the same model and the same SVG as ${yaml}`, async () => {
      const fromYaml = await compile(readFileSync(new URL(yaml, DIR), 'utf8'), { file: `examples/${yaml}`, format: 'svg' });
      const fromMd = await compile(readFileSync(new URL(md, DIR), 'utf8'), { file: `examples/${md}`, format: 'svg' });
      expect(fromMd.diagnostics).toEqual([]);
      // A field added to the YAML example must reach its twin: `node bin/cjm.js convert examples/X.yaml -o examples/X.md` writes it.
      expect(fromMd.journey, `${md} no longer matches ${yaml}`).toEqual(fromYaml.journey);
      expect(fromMd.outputs.svg).toBe(fromYaml.outputs.svg);
    });
  }
});
