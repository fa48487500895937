// Arbitrary journey specs for property tests of the two spec formats: every field of the schema,
// with text drawn from awkward characters on purpose (Markdown syntax, quotes, backslashes, braces,
// line breaks, edge spaces, CJK and emoji), and ids that always refer to what the map declares.
import fc from 'fast-check';
import { OPPORTUNITY_STATUSES, SEVERITIES, SOURCE_KINDS } from '../../src/model/schema.js';

export const AWKWARD = [
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
  'x {#a severity=high}',
  'a {b=c}',
  '{#id status="in progress"}',
  'text {x}',
  '{}',
  '[]',
  'a, b',
  'mom: 1',
  'kpi: 3',
];

export const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...AWKWARD), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(' ')) },
);
export const named = text.filter((s) => s.length > 0);
export const list = fc.array(text, { maxLength: 3 });
export const idPart = fc.constantFrom('a', 'step', '認知', 'x.y', 'q_1', 'Ärger', '9');
const SCALES: [number, number][] = [
  [-2, 2],
  [1, 5],
  [0, 10],
];
export const CHANNELS = ['web', 'app', 'store'];

export const metrics = fc.dictionary(
  fc.oneof(text, fc.constantFrom('CSAT', 'a:b', '__proto__', 'NPS')).filter((k) => k !== '__proto__'),
  fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  { maxKeys: 3 },
);

/** What a generated map declares, which its touchpoints and items may refer to. */
interface Declared {
  scale: [number, number];
  registry: boolean;
  personas: string[];
  sources: string[];
  lanes: string[];
}

// Ids in several scripts, and lane ids that are also touchpoint keys (`owner`, `evidence`, `lanes`) or differ from one only in case.
const PERSONA_IDS = ['mom', 'kid', '阿公', 'p.1'];
const SOURCE_IDS = ['survey', 'int-1', '訪談'];
const LANE_IDS = ['kpi', 'owner', 'Channel', '指標', 'evidence', 'lanes', 'x.y'];

const score = ([low, high]: [number, number]) =>
  fc.oneof(
    fc.integer({ min: low, max: high }),
    fc.double({ min: low, max: high, noNaN: true }).map((x) => Math.min(high, Math.max(low, x))),
  );

/** One value, or a mapping from some of the personas' ids (possibly none) to a value each. */
function perPersona<T>(value: fc.Arbitrary<T>, ids: string[]): fc.Arbitrary<T | Record<string, T>> {
  if (ids.length === 0) return value;
  const byId = fc.subarray(ids).chain((keys) => fc.tuple(...keys.map(() => value)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i] as T]))));
  return fc.oneof(value, byId);
}

const steps = fc.oneof(text, fc.array(text, { maxLength: 3 }));
const someOf = (ids: string[]) => (ids.length === 0 ? fc.constant(undefined) : fc.subarray(ids));

/** Pains and opportunities: plain text, or objects whose `id` is made unique and `addresses` resolved later (see uniqueItemIds). */
const items = (kind: 'pain' | 'opportunity', d: Declared) =>
  fc.array(
    fc.oneof(
      text,
      kind === 'pain'
        ? fc.record({ text: named, id: idPart, severity: fc.constantFrom(...SEVERITIES), evidence: someOf(d.sources) }, { requiredKeys: ['text'] })
        : fc.record(
            {
              text: named,
              id: idPart,
              status: fc.constantFrom(...OPPORTUNITY_STATUSES),
              owner: text,
              link: fc.constantFrom('https://example.org/t/1', 'https://example.org/a b?{x}'),
              addresses: fc.array(fc.nat({ max: 9 }), { maxLength: 2 }),
              evidence: someOf(d.sources),
            },
            { requiredKeys: ['text'] },
          ),
    ),
    { maxLength: 3 },
  );

const touchpoint = (d: Declared) =>
  fc.record(
    {
      id: idPart,
      name: named,
      description: text,
      channel: d.registry ? fc.constantFrom(...CHANNELS) : text,
      when: text,
      action: text,
      thought: perPersona(text, d.personas),
      feeling: perPersona(text, d.personas),
      emotion: perPersona(score(d.scale), d.personas),
      pains: items('pain', d),
      opportunities: items('opportunity', d),
      evidence: someOf(d.sources),
      owner: text,
      metrics,
      physicalEvidence: steps,
      frontstage: steps,
      backstage: steps,
      support: steps,
      lanes:
        d.lanes.length === 0
          ? fc.constant(undefined)
          : fc.subarray(d.lanes).chain((keys) => fc.tuple(...keys.map(() => steps)).map((vs) => Object.fromEntries(keys.map((k, i) => [k, vs[i]])))),
    },
    { requiredKeys: ['name'] },
  );

const persona = (id: string | undefined) =>
  fc.record(
    {
      ...(id === undefined ? {} : { id: fc.constant(id) }),
      name: named,
      description: text,
      goals: list,
      needs: list,
      frustrations: list,
      quote: text,
      color: fc.constantFrom('#2563EB', '#d97706'),
      image: fc.constantFrom('mom.png', 'photos/阿公.jpg'),
    },
    { requiredKeys: id === undefined ? ['name'] : ['id', 'name'] },
  );

type Item = string | { id?: string; addresses?: unknown[] };

/** Pain and opportunity ids unique over the map (suffixed with their order); `addresses` indices turned into declared pain ids. */
function uniqueItemIds<S extends { stages: { pains?: Item[]; opportunities?: Item[]; touchpoints: { pains?: Item[]; opportunities?: Item[] }[] }[] }>(
  spec: S,
): S {
  const owners = spec.stages.flatMap((s) => [s, ...s.touchpoints]);
  let n = 0;
  const painIds: string[] = [];
  const withId = (item: Item): Item => (typeof item === 'string' || item.id === undefined ? item : { ...item, id: `${item.id}-${(n += 1)}` });
  const pains = owners.map((o) => o.pains?.map(withId));
  for (const list of pains) for (const p of list ?? []) if (typeof p !== 'string' && p.id !== undefined) painIds.push(p.id);
  const resolve = (item: Item): Item => {
    if (typeof item === 'string' || item.addresses === undefined) return item;
    const { addresses, ...rest } = item;
    return painIds.length === 0 ? rest : { ...rest, addresses: [...new Set(addresses.map((i) => painIds[(i as number) % painIds.length]))] };
  };
  const opportunities = owners.map((o) => o.opportunities?.map(withId).map(resolve));
  let k = 0;
  const fix = <O extends { pains?: Item[]; opportunities?: Item[] }>(o: O): O => {
    const i = k++;
    return { ...o, ...(pains[i] ? { pains: pains[i] } : {}), ...(opportunities[i] ? { opportunities: opportunities[i] } : {}) };
  };
  return { ...spec, stages: spec.stages.map((s) => ({ ...fix(s), touchpoints: s.touchpoints.map(fix) })) };
}

const source = (id: string) =>
  fc.record(
    { id: fc.constant(id), kind: fc.constantFrom(...SOURCE_KINDS), title: named, n: fc.nat(), date: text, link: fc.constant('https://example.org/s') },
    { requiredKeys: ['id', 'kind'] },
  );

/** What the map declares, written out: persona(s), sources and lanes (absent when there are none). */
function declarations(d: Declared & { single: boolean }): fc.Arbitrary<Record<string, unknown>> {
  const some = <T>(ids: string[], one: (id: string) => fc.Arbitrary<T>) => (ids.length === 0 ? fc.constant(undefined) : fc.tuple(...ids.map(one)));
  // No ids: `persona:` without one (values per persona need declared ids); one id: either form; more: `personas:`.
  const people: fc.Arbitrary<Record<string, unknown>> =
    d.personas.length === 0
      ? fc.option(persona(undefined), { nil: undefined }).map((p) => (p === undefined ? {} : { persona: p }))
      : d.personas.length === 1 && d.single
        ? persona(d.personas[0]).map((p) => ({ persona: p }))
        : some(d.personas, persona).map((p) => ({ personas: p }));
  return fc
    .tuple(
      people,
      some(d.sources, source),
      some(d.lanes, (id) => fc.record({ id: fc.constant(id), label: named }, { requiredKeys: ['id'] })),
    )
    .map(([who, sources, lanes]) => ({ ...who, ...(sources ? { sources } : {}), ...(lanes ? { lanes } : {}) }));
}

/** A spec as a person would write it in YAML (stringify it), valid by construction. */
export const spec = fc
  .record({
    scale: fc.constantFrom(...SCALES),
    registry: fc.boolean(),
    personas: fc.subarray(PERSONA_IDS),
    single: fc.boolean(),
    sources: fc.subarray(SOURCE_IDS),
    lanes: fc.subarray(LANE_IDS),
  })
  .chain((d) =>
    fc.tuple(
      declarations(d),
      fc.record(
        {
          title: named,
          type: fc.constantFrom('current-state', 'future-state', 'day-in-the-life', 'service-blueprint'),
          locale: fc.constantFrom('en', 'zh-Hant', 'ja'),
          timescale: fc.oneof(named, fc.record({ start: text, end: text })),
          emotionScale: fc.constant(d.scale),
          channels: d.registry
            ? fc.constant(Object.fromEntries(CHANNELS.map((c, i) => [c, i === 0 ? {} : { label: `Label ${c}`, color: '#2563EB' }])))
            : fc.constant(undefined),
          font: text,
          stages: fc.array(
            fc.record(
              {
                id: idPart,
                name: named,
                description: text,
                pains: items('pain', d),
                opportunities: items('opportunity', d),
                touchpoints: fc.array(touchpoint(d), { maxLength: 3 }),
              },
              { requiredKeys: ['id', 'touchpoints'] },
            ),
            { minLength: 1, maxLength: 3 },
          ),
        },
        { requiredKeys: ['title', 'emotionScale', 'stages'] },
      ),
    ),
  )
  // Unique ids: the generated ones are suffixed with their position; touchpoints without one get a derived id.
  .map(([declared, s]) =>
    uniqueItemIds({
      ...s,
      ...declared,
      stages: s.stages.map((st, i) => ({
        ...st,
        ...(st.id ? { id: `${st.id}-${i}` } : {}),
        touchpoints: st.touchpoints.map((t, j) => (t.id ? { ...t, id: `${t.id}-${i}-${j}` } : t)),
      })),
    }),
  );
