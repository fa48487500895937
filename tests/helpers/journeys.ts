// Journeys in the normalised model, built directly (no parser): a fixed sample and a fast-check
// arbitrary for property tests of analysis, layout and rendering.
import fc from 'fast-check';
import type { Journey, Opportunity, Pain, Persona, Source, Stage, Touchpoint } from '../../src/model/journey.js';
import { OPPORTUNITY_STATUSES, SEVERITIES, SOURCE_KINDS } from '../../src/model/schema.js';

/** Plain-text pains and opportunities, as the model holds them. */
export const pains = (...texts: string[]): Pain[] => texts.map((text) => ({ text, evidence: [] }));
export const opportunities = (...texts: string[]): Opportunity[] => texts.map((text) => ({ text, addresses: [], evidence: [] }));

const BLUEPRINT = ['physicalEvidence', 'frontstage', 'backstage', 'support'] as const;

/** A touchpoint's fields as tests like to write them: items and blueprint lanes may be plain strings. */
export type LooseTouchpoint = Omit<Partial<Touchpoint>, 'pains' | 'opportunities' | (typeof BLUEPRINT)[number]> & {
  pains?: (string | Pain)[];
  opportunities?: (string | Opportunity)[];
} & { [K in (typeof BLUEPRINT)[number]]?: string | string[] };

export function touchpoint(id: string, emotion?: number, extra: LooseTouchpoint = {}): Touchpoint {
  const { pains: p = [], opportunities: o = [], ...rest } = extra;
  const tp: Touchpoint = {
    id,
    name: `Touchpoint ${id}`,
    evidence: [],
    ...(rest as Partial<Touchpoint>),
    pains: p.map((x) => (typeof x === 'string' ? pains(x)[0]! : x)),
    opportunities: o.map((x) => (typeof x === 'string' ? opportunities(x)[0]! : x)),
  };
  for (const lane of BLUEPRINT) {
    const value = extra[lane];
    if (value !== undefined) tp[lane] = typeof value === 'string' ? [value] : value;
  }
  if (emotion !== undefined) tp.emotion = emotion;
  return tp;
}

/** A persona as tests write it: the id defaults to one derived from the name. */
export const personaOf = (p: Omit<Persona, 'id'> & { id?: string }): Persona => ({ id: p.id ?? 'persona', ...p });

export function journeyOf(
  stages: { id: string; touchpoints: Touchpoint[] }[],
  extra: Partial<Journey> & { persona?: Omit<Persona, 'id'> & { id?: string } } = {},
): Journey {
  const { persona, ...rest } = extra;
  return {
    title: 'Sample',
    type: 'current-state',
    locale: 'en',
    emotionScale: [-2, 2],
    channels: [],
    personas: persona ? [personaOf(persona)] : [],
    sources: [],
    lanes: [],
    stages: stages.map((s): Stage => ({ id: s.id, name: s.id, pains: [], opportunities: [], touchpoints: s.touchpoints })),
    ...rest,
  };
}

/** Text of every kind: Latin words, CJK, emoji, combining marks, RTL, long unbroken runs. */
export const anyText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          '認知',
          '購買流程',
          '，',
          '。',
          '「',
          '」',
          'LINE',
          ' ',
          'check-in',
          '😀',
          '👩‍👩‍👧',
          'é',
          'مرحبا',
          'https://example.com/a/very/long/path?x=1',
        ),
        { minLength: 1, maxLength: 25 },
      )
      .map((xs) => xs.join('')),
    fc.constant('x'.repeat(300)),
  )
  .filter((s) => s.trim().length > 0);

const optionalText = fc.option(anyText, { nil: undefined });
/** Descriptions: one paragraph or several (long enough to be clamped on the map). */
const optionalDescription = fc.option(
  fc.oneof(
    anyText,
    fc.array(anyText, { minLength: 2, maxLength: 4 }).map((ps) => ps.join('\n\n')),
  ),
  { nil: undefined },
);

/** A blueprint or custom lane's steps at one touchpoint: one text (as a spec writes a string) or a list. */
const optionalSteps = fc.option(
  fc.oneof(
    anyText.map((t) => [t]),
    fc.array(anyText, { minLength: 1, maxLength: 4 }),
  ),
  { nil: undefined },
);

/** Ids of custom lanes a journey may declare; `constructor` is a key every object inherits. */
const LANE_IDS = ['kpi', 'staff', 'constructor', '系統'] as const;

/** Ids the generated items and sources use: evidence may name a source the map does not declare (layout skips it). */
const SOURCE_IDS = ['src0', 'src1', 'src2', 'src3', 'src4'];
const PAIN_IDS = ['p0', 'p1', 'p2'];
const evidenceArb = fc.subarray(SOURCE_IDS);
const linkArb = fc.option(
  fc.oneof(anyText, fc.constantFrom('javascript:alert(1)', 'https://example.com/a/very/long/path?x=1&y=2#frag', 'data:text/html,<b>')),
  {
    nil: undefined,
  },
);

/** A pain: plain text, or an object with severity, id and evidence. */
export const painArb: fc.Arbitrary<Pain> = fc.oneof(
  anyText.map((text): Pain => ({ text, evidence: [] })),
  fc
    .record({
      text: anyText,
      id: fc.option(fc.constantFrom(...PAIN_IDS), { nil: undefined }),
      severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
      evidence: evidenceArb,
    })
    .map((r): Pain => ({ text: r.text, evidence: r.evidence, ...(r.id ? { id: r.id } : {}), ...(r.severity ? { severity: r.severity } : {}) })),
);

/** An opportunity: plain text, or an object with status, owner, link, addresses and evidence. */
export const opportunityArb: fc.Arbitrary<Opportunity> = fc.oneof(
  anyText.map((text): Opportunity => ({ text, addresses: [], evidence: [] })),
  fc
    .record({
      text: anyText,
      status: fc.option(fc.constantFrom(...OPPORTUNITY_STATUSES), { nil: undefined }),
      owner: optionalText,
      link: linkArb,
      addresses: fc.subarray(PAIN_IDS),
      evidence: evidenceArb,
    })
    .map(
      (r): Opportunity => ({
        text: r.text,
        addresses: r.addresses,
        evidence: r.evidence,
        ...(r.status ? { status: r.status } : {}),
        ...(r.owner ? { owner: r.owner } : {}),
        ...(r.link ? { link: r.link } : {}),
      }),
    ),
);

/** The map's research, with ids from SOURCE_IDS in order. */
export const sourcesArb: fc.Arbitrary<Source[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...SOURCE_KINDS),
      title: optionalText,
      n: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
      date: optionalText,
      link: linkArb,
    }),
    { maxLength: SOURCE_IDS.length },
  )
  .map((list) =>
    list.map((r, i): Source => {
      const source: Source = { id: SOURCE_IDS[i]!, kind: r.kind };
      for (const k of ['title', 'n', 'date', 'link'] as const) if (r[k] !== undefined) (source as unknown as Record<string, unknown>)[k] = r[k];
      return source;
    }),
  );

export const touchpointArb = (id: string, scale: [number, number], laneIds: readonly string[] = []): fc.Arbitrary<Touchpoint> =>
  fc
    .record({
      name: anyText,
      description: optionalDescription,
      channel: optionalText,
      when: optionalText,
      action: optionalText,
      thought: optionalText,
      feeling: optionalText,
      emotion: fc.option(fc.integer({ min: scale[0], max: scale[1] }), { nil: undefined }),
      pains: fc.array(painArb, { maxLength: 3 }),
      opportunities: fc.array(opportunityArb, { maxLength: 3 }),
      evidence: evidenceArb,
      owner: optionalText,
      physicalEvidence: optionalSteps,
      frontstage: optionalSteps,
      backstage: optionalSteps,
      support: optionalSteps,
      lanes: fc.tuple(...laneIds.map(() => optionalSteps)),
    })
    .map((r) => {
      const tp: Touchpoint = { id, name: r.name, pains: r.pains, opportunities: r.opportunities, evidence: r.evidence };
      for (const k of ['description', 'channel', 'when', 'action', 'thought', 'feeling', 'owner', 'emotion'] as const) {
        if (r[k] !== undefined) (tp as unknown as Record<string, unknown>)[k] = r[k];
      }
      for (const k of BLUEPRINT) if (r[k] !== undefined) tp[k] = r[k];
      const lanes = Object.fromEntries(laneIds.flatMap((lane, i) => (r.lanes[i] === undefined ? [] : [[lane, r.lanes[i]]])));
      if (Object.keys(lanes).length > 0) tp.lanes = lanes;
      return tp;
    });

/** Persona ids of generated maps: any script, dots and dashes, as ID_PATTERN allows. */
const PERSONA_IDS = ['mom', '阿公', 'p.3', 'teen-4', 'x_5', 'Ωmega6'];

/**
 * With several personas, a touchpoint's emotion, thought and feeling become maps by persona id half
 * the time (some personas left out); with fewer, the touchpoint stays as generated.
 */
function withPersonas(tp: fc.Arbitrary<Touchpoint>, ids: readonly string[], scale: [number, number]): fc.Arbitrary<Touchpoint> {
  if (ids.length < 2) return tp;
  const each = <T>(value: fc.Arbitrary<T>) => fc.tuple(...ids.map(() => fc.option(value, { nil: undefined })));
  const keyed = <T>(values: readonly (T | undefined)[]): Record<string, T> | undefined => {
    const entries = ids.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]] as const]));
    return entries.length ? Object.fromEntries(entries) : undefined;
  };
  return fc
    .tuple(tp, fc.boolean(), each(fc.integer({ min: scale[0], max: scale[1] })), fc.boolean(), each(anyText), each(anyText))
    .map(([t, byScore, scores, byText, thoughts, feelings]) => {
      const out: Touchpoint = { ...t };
      if (byScore) {
        delete out.emotion;
        const emotion = keyed(scores);
        if (emotion) out.emotion = emotion;
      }
      if (byText) {
        delete out.thought;
        delete out.feeling;
        const thought = keyed(thoughts);
        const feeling = keyed(feelings);
        if (thought) out.thought = thought;
        if (feeling) out.feeling = feeling;
      }
      return out;
    });
}

export const journeyArb: fc.Arbitrary<Journey> = fc
  .record({
    scale: fc.constantFrom<[number, number]>([-2, 2], [1, 5], [0, 10]),
    shape: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
    title: anyText,
    locale: fc.constantFrom('en', 'zh-Hant', 'zh-Hans', 'ja'),
    lanes: fc
      .subarray([...LANE_IDS], { maxLength: 2 })
      .chain((ids) => fc.tuple(...ids.map((id) => fc.option(anyText, { nil: undefined }).map((label) => ({ id, label: label ?? id }))))),
    sources: sourcesArb,
    // 0 to 6 personas (MAX_PERSONAS): none, the single `persona:` case, or several with per-persona values.
    personas: fc.array(
      fc.record({
        name: anyText,
        description: optionalText,
        goals: fc.array(anyText, { maxLength: 3 }),
        needs: fc.array(anyText, { maxLength: 2 }),
        frustrations: fc.array(anyText, { maxLength: 2 }),
        quote: optionalText,
        color: fc.option(fc.constantFrom('#E11D48', '#000000', '#FFFFFF', '#3b5bdb'), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
  })
  .chain(({ scale, shape, title, locale, lanes, sources, personas }) =>
    fc
      .tuple(
        ...shape.map((count, s) =>
          fc.tuple(
            anyText,
            optionalDescription,
            fc.array(painArb, { maxLength: 2 }),
            fc.tuple(
              ...Array.from({ length: count }, (_, i) =>
                withPersonas(
                  touchpointArb(
                    `t${s}-${i}`,
                    scale,
                    lanes.map((l) => l.id),
                  ),
                  PERSONA_IDS.slice(0, personas.length),
                  scale,
                ),
              ),
            ),
          ),
        ),
      )
      .map((stages): Journey => {
        const j: Journey = {
          title,
          type: 'current-state',
          locale,
          emotionScale: scale,
          channels: [],
          personas: [],
          sources,
          lanes,
          stages: stages.map(([name, description, stagePains, tps], s) => ({
            id: `s${s}`,
            name,
            ...(description === undefined ? {} : { description }),
            pains: stagePains,
            opportunities: [],
            touchpoints: tps,
          })),
        };
        j.personas = personas.map((persona, i) => {
          const p: Persona = { id: PERSONA_IDS[i]!, name: persona.name, goals: persona.goals, needs: persona.needs, frustrations: persona.frustrations };
          if (persona.description) p.description = persona.description;
          if (persona.quote) p.quote = persona.quote;
          if (persona.color) p.color = persona.color;
          return p;
        });
        return j;
      }),
  );
