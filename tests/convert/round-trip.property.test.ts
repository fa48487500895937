// Property: any valid spec, converted to Markdown and back (and to YAML and back), gives the
// same model. Text is drawn from awkward characters on purpose: Markdown syntax, quotes,
// backslashes, line breaks, edge spaces, CJK and emoji.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { toMarkdown, toYaml } from '../../src/convert/index.js';
import type { Journey } from '../../src/model/journey.js';

const AWKWARD = [
  '# not a heading',
  '## nor this',
  '- not a bullet',
  '* star',
  '+ plus',
  '1. first',
  '2) second',
  '"quoted"',
  '"',
  'say "hi"',
  'a\\*b',
  'ends with \\',
  '\\\\',
  'trailing #',
  '#',
  'C#',
  'x {#not-an-id}',
  '{#y}',
  ' padded ',
  '\tlead',
  'line\nbreak',
  'p1\n\np2',
  'a\n\n\nb',
  '<!-- not a comment -->',
  '```',
  '~~~',
  '---',
  '***',
  '> quote',
  '| a | b |',
  '=== ',
  '_x_',
  '😀',
  '😣 -2',
  '小芳：好',
  'a: b',
  'key:value',
  '**bold:** x',
  '0.5',
  '-1',
  '1e3',
  '.5',
  '12%',
  '  ',
  '\u3000全形空白',
  '心得\n第二行',
  'ends\n',
  'two\n\n',
  'trailing   ',
  'x\n  y',
  'CJK 混合 text',
  'emoji 👍🏽 ok',
  '<b>x</b>',
  '&amp;',
  '\u00a0nbsp',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...AWKWARD), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(' ')) },
);
const named = text.filter((s) => s.length > 0);
const list = fc.array(text, { maxLength: 3 });
const idPart = fc.constantFrom('a', 'step', '認知', 'x.y', 'q_1', 'Ärger', '9');
const SCALES: [number, number][] = [
  [-2, 2],
  [1, 5],
  [0, 10],
];
const CHANNELS = ['web', 'app', 'store'];

const metrics = fc.dictionary(
  fc.oneof(text, fc.constantFrom('CSAT', 'a:b', '__proto__', 'NPS')).filter((k) => k !== '__proto__'),
  fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  { maxKeys: 3 },
);

const touchpoint = (scale: [number, number], registry: boolean) =>
  fc.record(
    {
      id: idPart,
      name: named,
      description: text,
      channel: registry ? fc.constantFrom(...CHANNELS) : text,
      when: text,
      action: text,
      thought: text,
      feeling: text,
      emotion: fc.oneof(
        fc.integer({ min: scale[0], max: scale[1] }),
        fc.double({ min: scale[0], max: scale[1], noNaN: true }).map((x) => Math.min(scale[1], Math.max(scale[0], x))),
      ),
      pains: list,
      opportunities: list,
      owner: text,
      metrics,
      frontstage: text,
      backstage: text,
      support: text,
    },
    { requiredKeys: ['name'] },
  );

const spec = fc
  .record({ scale: fc.constantFrom(...SCALES), registry: fc.boolean() })
  .chain(({ scale, registry }) =>
    fc.record(
      {
        title: named,
        type: fc.constantFrom('current-state', 'future-state', 'day-in-the-life', 'service-blueprint'),
        locale: fc.constantFrom('en', 'zh-Hant', 'ja'),
        persona: fc.record({ name: named, description: text, goals: list, needs: list, frustrations: list, quote: text }, { requiredKeys: ['name'] }),
        timescale: fc.oneof(named, fc.record({ start: text, end: text })),
        emotionScale: fc.constant(scale),
        channels: registry
          ? fc.constant(Object.fromEntries(CHANNELS.map((c, i) => [c, i === 0 ? {} : { label: `Label ${c}`, color: '#2563EB' }])))
          : fc.constant(undefined),
        font: text,
        stages: fc.array(
          fc.record(
            {
              id: idPart,
              name: text.filter((s) => s.length > 0),
              description: text,
              pains: list,
              opportunities: list,
              touchpoints: fc.array(touchpoint(scale, registry), { maxLength: 3 }),
            },
            { requiredKeys: ['id', 'touchpoints'] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
      },
      { requiredKeys: ['title', 'emotionScale', 'stages'] },
    ),
  )
  // Unique ids: the generated ones are suffixed with their position; touchpoints without one get a derived id.
  .map((s) => ({
    ...s,
    stages: s.stages.map((st, i) => ({
      ...st,
      ...(st.id ? { id: `${st.id}-${i}` } : {}),
      touchpoints: st.touchpoints.map((t, j) => (t.id ? { ...t, id: `${t.id}-${i}-${j}` } : t)),
    })),
  }));

function journeyOf(text: string, file: string): Journey {
  const { prepared, diagnostics } = prepare(text, { file });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${file} did not compile: ${errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}\n${text}`);
  return prepared!.journey;
}

describe('convert: round trip over generated specs', () => {
  it('YAML → Markdown → model and YAML → YAML → model are the identity', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const journey = journeyOf(stringify(s), 'generated.yaml');
        const md = toMarkdown(journey);
        expect(journeyOf(md, 'generated.md')).toEqual(journey);
        expect(journeyOf(toYaml(journey), 'converted.yaml')).toEqual(journey);
      }),
      { numRuns: 300 },
    );
  });
});
