// Property tests: any Unicode text survives parse → validate unchanged, and no input makes the
// front end throw (every problem is a positioned diagnostic with a known code).
import { describe, expect, it } from 'vitest';
import { opportunities, pains } from '../helpers/journeys.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseSource } from '../../src/parse/index.js';
import { validate } from '../../src/validate/index.js';
import { diagnosticsToJson, formatDiagnostic } from '../../src/diagnostics/format.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { ID_PATTERN } from '../../src/model/schema.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

// Any code point, astral planes, controls, bidi marks and U+FEFF included (lone surrogates cannot be written in UTF-8).
const text = fc.string({ unit: 'binary', maxLength: 24 });
const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
const list = fc.array(text, { maxLength: 3 });

const touchpoint = fc.record({
  name,
  description: text,
  channel: text,
  when: text,
  action: text,
  thought: text,
  feeling: text,
  owner: text,
  frontstage: text,
  backstage: text,
  support: text,
  pains: list,
  opportunities: list,
  // Any metric name but __proto__, which is a reserved-key error (tests/validate/meaning.test.ts).
  metrics: fc.dictionary(
    name.filter((k) => k !== '__proto__'),
    fc.oneof(text, fc.integer()),
  ),
});
const spec = fc.record({
  title: name,
  persona: fc.record({ name, description: text, goals: list, needs: list, frustrations: list, quote: text }),
  timescale: name,
  stages: fc.array(
    fc.record({ name, description: text, pains: list, opportunities: list, touchpoints: fc.array(touchpoint, { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 3 },
  ),
});

function run(source: string) {
  const parsed = parseSource(source, { file: 'prop.yaml' });
  const validated = parsed.source ? validate(parsed.source) : { diagnostics: [] as Diagnostic[] };
  return { parsed, validated, diagnostics: [...parsed.diagnostics, ...validated.diagnostics] };
}

const KNOWN = new Set<string>(DIAGNOSTIC_CODES);
function expectWellFormed(diagnostics: Diagnostic[], source: string): void {
  const lineCount = source.split('\n').length;
  for (const d of diagnostics) {
    expect(KNOWN.has(d.code), d.code).toBe(true);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
    expect(typeof formatDiagnostic(d, source, { color: true })).toBe('string');
    expect(formatDiagnostic(d, source, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  }
  expect(() => JSON.parse(diagnosticsToJson(diagnostics))).not.toThrow();
}

describe('properties', () => {
  it('any Unicode string in any text field comes through parse and validate unchanged', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { validated, diagnostics } = run(stringify(s));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const j = validated.journey!;
        expect(j.title).toBe(s.title);
        expect(j.personas).toEqual([{ id: j.personas[0]!.id, ...s.persona }]);
        expect(j.timescale).toBe(s.timescale);
        s.stages.forEach((stage, i) => {
          const { touchpoints, ...rest } = stage;
          expect(j.stages[i]).toMatchObject({ ...rest, pains: pains(...rest.pains), opportunities: opportunities(...rest.opportunities) });
          touchpoints.forEach((tp, t) => {
            // The model holds items as objects and blueprint lanes as lists of steps.
            const expected = {
              id: j.stages[i]!.touchpoints[t]!.id,
              ...tp,
              pains: pains(...tp.pains),
              opportunities: opportunities(...tp.opportunities),
              evidence: [],
              frontstage: [tp.frontstage],
              backstage: [tp.backstage],
              support: [tp.support],
            };
            expect(j.stages[i]!.touchpoints[t]).toEqual(expected);
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('derived ids are unique and valid ids, whatever the names', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const j = run(stringify(s)).validated.journey!;
        const ids = j.stages.flatMap((st) => st.touchpoints.map((tp) => tp.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(j.stages.map((st) => st.id)).size).toBe(j.stages.length);
        for (const id of [...ids, ...j.stages.map((st) => st.id)]) expect(id).toMatch(ID_PATTERN);
      }),
      { numRuns: 100 },
    );
  });

  it('random text never throws: it parses, or says where it does not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (source) => {
        expectWellFormed(run(source).diagnostics, source);
      }),
      { numRuns: 300 },
    );
  });

  it('YAML-shaped junk never throws', () => {
    const pieces = [
      'title:',
      'stages:',
      'touchpoints:',
      '- ',
      '  ',
      '    ',
      '\n',
      '\r\n',
      '&a ',
      '*a ',
      '[',
      ']',
      '{',
      '}',
      ': ',
      ', ',
      '"',
      "'",
      '\t',
      '---\n',
      '# c',
      'name: x',
      'id: a',
      'emotion: 7',
      'emotion: .nan',
      'emotionScale: [3, 1]',
      '|\n',
      '>-\n',
      '!tag ',
      '!!str ',
      '\uFEFF',
      '看',
      '😀',
      '? ',
      '<<: *a',
      '%YAML 1.2\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expectWellFormed(run(source).diagnostics, source);
      }),
      { numRuns: 400 },
    );
  });

  it('any data of roughly the right shape gets diagnostics, never an exception', () => {
    const keys = [
      'title',
      'type',
      'locale',
      'persona',
      'timescale',
      'emotionScale',
      'channels',
      'stages',
      'id',
      'name',
      'touchpoints',
      'emotion',
      'metrics',
      'color',
      'start',
      'end',
      'typo',
    ];
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constantFrom(Infinity, NaN, -0, 1e308),
        fc.array(tie('node'), { maxLength: 3 }),
        tie('map'),
      ),
      map: fc.dictionary(fc.constantFrom(...keys), tie('node'), { maxKeys: 5 }),
    }));
    fc.assert(
      fc.property(value.map, (data) => {
        const source = stringify(data);
        expectWellFormed(run(source).diagnostics, source);
      }),
      { numRuns: 300 },
    );
  });
});
