// examples/ double as documentation and golden tests: every committed SVG must be what the
// current code renders from its spec (`npm run examples` regenerates them).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';

const DIR = new URL('../examples/', import.meta.url);
const specs = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('examples', () => {
  it('there are at least four', () => {
    expect(specs.length).toBeGreaterThanOrEqual(4);
  });

  for (const spec of specs) {
    it(`${spec} compiles cleanly and its committed SVG is up to date`, async () => {
      const text = readFileSync(new URL(spec, DIR), 'utf8');
      const result = await compile(text, { file: `examples/${spec}`, format: 'svg' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const committed = readFileSync(new URL(spec.replace(/\.yaml$/, '.svg'), DIR), 'utf8');
      expect(result.outputs.svg === committed, `examples/${spec.replace(/\.yaml$/, '.svg')} is stale: run npm run examples`).toBe(true);
    });
  }
});
