// examples/ double as documentation and golden files: every committed SVG, HTML, JSON and PDF must be
// what the current code renders from its spec. Nothing rewrites them before this compares (CI runs
// `npm run check:examples`, not `npm run examples`); `npm run examples` regenerates them on purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, OUTPUT_FORMATS } from '../src/compile.js';

const DIR = new URL('../examples/', import.meta.url);
const specs = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('examples', () => {
  it('there are at least four', () => {
    expect(specs.length).toBeGreaterThanOrEqual(4);
  });

  for (const spec of specs) {
    it(`${spec} compiles cleanly and its committed ${OUTPUT_FORMATS.join(', ')} are up to date`, async () => {
      const text = readFileSync(new URL(spec, DIR), 'utf8');
      const result = await compile(text, { file: `examples/${spec}`, format: OUTPUT_FORMATS });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const stale = OUTPUT_FORMATS.filter((format) => {
        const committed = readFileSync(new URL(spec.replace(/\.yaml$/, `.${format}`), DIR));
        const rendered = result.outputs[format];
        return rendered === undefined || !committed.equals(typeof rendered === 'string' ? Buffer.from(rendered) : Buffer.from(rendered));
      });
      expect(stale, `stale outputs of examples/${spec}: run npm run examples`).toEqual([]);
    });
  }
});
