// Journeys in the normalised model, built directly (no parser): a fixed sample and a fast-check
// arbitrary for property tests of analysis, layout and rendering.
import fc from 'fast-check';
import type { Journey, Stage, Touchpoint } from '../../src/model/journey.js';

export function touchpoint(id: string, emotion?: number, extra: Partial<Touchpoint> = {}): Touchpoint {
  const tp: Touchpoint = { id, name: `Touchpoint ${id}`, pains: [], opportunities: [], ...extra };
  if (emotion !== undefined) tp.emotion = emotion;
  return tp;
}

export function journeyOf(stages: { id: string; touchpoints: Touchpoint[] }[], extra: Partial<Journey> = {}): Journey {
  return {
    title: 'Sample',
    type: 'current-state',
    locale: 'en',
    emotionScale: [-2, 2],
    channels: [],
    stages: stages.map((s): Stage => ({ id: s.id, name: s.id, pains: [], opportunities: [], touchpoints: s.touchpoints })),
    ...extra,
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

export const touchpointArb = (id: string, scale: [number, number]): fc.Arbitrary<Touchpoint> =>
  fc
    .record({
      name: anyText,
      channel: optionalText,
      when: optionalText,
      action: optionalText,
      thought: optionalText,
      feeling: optionalText,
      emotion: fc.option(fc.integer({ min: scale[0], max: scale[1] }), { nil: undefined }),
      pains: fc.array(anyText, { maxLength: 3 }),
      opportunities: fc.array(anyText, { maxLength: 3 }),
      owner: optionalText,
      frontstage: optionalText,
      backstage: optionalText,
      support: optionalText,
    })
    .map((r) => {
      const tp: Touchpoint = { id, name: r.name, pains: r.pains, opportunities: r.opportunities };
      for (const k of ['channel', 'when', 'action', 'thought', 'feeling', 'owner', 'frontstage', 'backstage', 'support', 'emotion'] as const) {
        if (r[k] !== undefined) (tp as unknown as Record<string, unknown>)[k] = r[k];
      }
      return tp;
    });

export const journeyArb: fc.Arbitrary<Journey> = fc
  .record({
    scale: fc.constantFrom<[number, number]>([-2, 2], [1, 5], [0, 10]),
    shape: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
    title: anyText,
    locale: fc.constantFrom('en', 'zh-Hant', 'zh-Hans', 'ja'),
    persona: fc.option(
      fc.record({
        name: anyText,
        description: optionalText,
        goals: fc.array(anyText, { maxLength: 3 }),
        needs: fc.array(anyText, { maxLength: 2 }),
        frustrations: fc.array(anyText, { maxLength: 2 }),
        quote: optionalText,
      }),
      { nil: undefined },
    ),
  })
  .chain(({ scale, shape, title, locale, persona }) =>
    fc
      .tuple(
        ...shape.map((count, s) =>
          fc.tuple(anyText, fc.array(anyText, { maxLength: 2 }), fc.tuple(...Array.from({ length: count }, (_, i) => touchpointArb(`t${s}-${i}`, scale)))),
        ),
      )
      .map((stages): Journey => {
        const j: Journey = {
          title,
          type: 'current-state',
          locale,
          emotionScale: scale,
          channels: [],
          stages: stages.map(([name, pains, tps], s) => ({ id: `s${s}`, name, pains, opportunities: [], touchpoints: tps })),
        };
        if (persona) {
          j.persona = { name: persona.name, goals: persona.goals, needs: persona.needs, frustrations: persona.frustrations };
          if (persona.description) j.persona.description = persona.description;
          if (persona.quote) j.persona.quote = persona.quote;
        }
        return j;
      }),
  );
