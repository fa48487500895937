// Property: any valid spec, converted to Markdown and back (and to YAML and back), gives the
// same model, and the Markdown is stable. The specs (tests/helpers/specs.ts) hold every field,
// with awkward text: Markdown syntax, quotes, backslashes, braces, line breaks, CJK and emoji.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { toMarkdown, toYaml } from '../../src/convert/index.js';
import type { Journey } from '../../src/model/journey.js';
import { spec } from '../helpers/specs.js';

function journeyOf(text: string, file: string): Journey {
  const { prepared, diagnostics } = prepare(text, { file });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file} did not compile: ${errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}\n${text}`);
  return prepared!.journey;
}

describe('convert: round trip over generated specs', () => {
  it('YAML → Markdown → model, Markdown → YAML → model and YAML → YAML → model are the identity', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const journey = journeyOf(stringify(s), 'generated.yaml');
        const md = toMarkdown(journey);
        const fromMd = journeyOf(md, 'generated.md');
        expect(fromMd).toEqual(journey);
        expect(journeyOf(toYaml(fromMd), 'from-md.yaml')).toEqual(journey);
        expect(toMarkdown(fromMd)).toBe(md);
        expect(journeyOf(toYaml(journey), 'converted.yaml')).toEqual(journey);
      }),
      { numRuns: 300 },
    );
  });
});
