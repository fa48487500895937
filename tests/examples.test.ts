// examples/ double as documentation and golden files: every committed SVG, HTML, JSON and PDF must be
// what the current code renders from its spec. Nothing rewrites them before this compares (CI runs
// `npm run check:examples`, not `npm run examples`); `npm run examples` regenerates them on purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { OutputFormat } from '../src/compile.js';

const DIR = new URL('../examples/', import.meta.url);
// The formats committed beside each example: the same list CI's `npm run check:examples` checks
// (PNGs are not committed: a megabyte of binary each, and their pixels follow from the SVG's scene).
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const COMMITTED = (/-f ([a-z,]+)/.exec(pkg.scripts['check:examples'] ?? '')?.[1] ?? '').split(',') as OutputFormat[];
const specs = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('examples', () => {
  it('there are at least four', () => {
    expect(specs.length).toBeGreaterThanOrEqual(4);
  });

  for (const spec of specs) {
    it(`${spec} compiles cleanly and its committed ${COMMITTED.join(', ')} are up to date`, async () => {
      const text = readFileSync(new URL(spec, DIR), 'utf8');
      const result = await compile(text, { file: `examples/${spec}`, format: COMMITTED });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const stale = COMMITTED.filter((format) => {
        const committed = readFileSync(new URL(spec.replace(/\.yaml$/, `.${format}`), DIR));
        const rendered = result.outputs[format];
        return rendered === undefined || !committed.equals(typeof rendered === 'string' ? Buffer.from(rendered) : Buffer.from(rendered));
      });
      expect(stale, `stale outputs of examples/${spec}: run npm run examples`).toEqual([]);
    });
  }
});
