// Shape errors from the zod schema, each with its exact position and wording.
import { describe, expect, it } from 'vitest';
import { check, lines, report, where } from './run.js';

const tp = (...fields: string[]) =>
  lines(
    'title: T',
    'stages:',
    '  - id: awareness',
    '    touchpoints:',
    '      - name: a',
    ...fields.map((f) => `        ${f}`),
    '      - name: b',
    '        emotion: 1',
  );

describe('shape errors', () => {
  it('wrong-type at the value, saying what was expected and what was found', () => {
    expect(report(tp('emotion: high'))).toEqual([{ code: 'wrong-type', line: 6, column: 18, message: 'emotion must be a number or a mapping (got "high")' }]);
    expect(report(tp('pains: [ok, 3]'))[0]).toEqual({
      code: 'wrong-type',
      line: 6,
      column: 21,
      message: 'each entry of pains must be text or a mapping (got 3)',
      hint: 'write it in quotes to use it as text: "3"',
    });
    expect(report(lines('title: T', 'stages: [awareness]'))[0]).toMatchObject({
      code: 'wrong-type',
      line: 2,
      column: 10,
      message: 'each stage must be a mapping (got "awareness")',
    });
    expect(report(lines('title: T', 'stages:')).map(where)).toEqual([{ code: 'wrong-type', line: 2, column: 8 }]);
  });

  it('wrong-type with a quoting hint for a number where text belongs', () => {
    expect(report(lines('title: 404', 'stages: [{id: a, touchpoints: []}]'))[0]).toEqual({
      code: 'wrong-type',
      line: 1,
      column: 8,
      message: 'title must be text (got 404)',
      hint: 'write it in quotes to use it as text: "404"',
    });
  });

  it('wrong-type for a union names both accepted kinds', () => {
    expect(report(lines('title: T', 'timescale: 5', 'stages: [{id: a, touchpoints: []}]'))[0]).toMatchObject({
      code: 'wrong-type',
      line: 2,
      column: 12,
      message: 'timescale must be text or a mapping (got 5)',
    });
    expect(report(tp('metrics: {CSAT: true}'))[0]).toMatchObject({
      code: 'wrong-type',
      line: 6,
      column: 25,
      message: 'metric "CSAT" must be a number or text (got true)',
    });
  });

  it('missing-key at the mapping that lacks it', () => {
    expect(report(lines('title: T', 'stages:', '  - id: a', '    touchpoints:', '      - emotion: 1'))[0]).toEqual({
      code: 'missing-key',
      line: 5,
      column: 9,
      message: 'a touchpoint needs "name"',
    });
    expect(report(lines('stages: [{id: a, touchpoints: []}]'))[0]).toMatchObject({ code: 'missing-key', line: 1, column: 1, message: 'the map needs "title"' });
    expect(report(lines('title: T', 'timescale: {start: "2025-03-01"}', 'stages: [{id: a, touchpoints: []}]'))[0]).toMatchObject({
      code: 'missing-key',
      line: 2,
      column: 12,
      message: 'the timescale needs "end"',
    });
  });

  it('unknown-key at the key, with "did you mean" by edit distance', () => {
    expect(report(tp('thougth: hmm'))).toEqual([
      { code: 'unknown-key', line: 6, column: 9, message: 'unknown key "thougth" in a touchpoint', hint: 'did you mean "thought"?' },
    ]);
    // The near-miss also leaves "stages" missing; that echo is not reported separately.
    expect(report(lines('title: T', 'Stages: []'))).toEqual([
      { code: 'unknown-key', line: 2, column: 1, message: 'unknown key "Stages" in the map', hint: 'did you mean "stages"?' },
    ]);
    expect(report(lines('title: T', 'stage: []')).map(where)).toEqual([{ code: 'unknown-key', line: 2, column: 1 }]);
    expect(report(lines('title: T', 'persona: {name: P, goal: [x]}', 'stages: [{id: a, touchpoints: []}]'))[0]).toMatchObject({
      code: 'unknown-key',
      line: 2,
      column: 20,
      message: 'unknown key "goal" in the persona',
      hint: 'did you mean "goals"?',
    });
  });

  it('unknown-key lists the allowed keys when nothing is close', () => {
    const [d] = report(tp('zzzzzz: 1'));
    expect(d).toMatchObject({ code: 'unknown-key', line: 6, column: 9 });
    expect(d?.hint).toMatch(/^a touchpoint takes: id, name, description, channel, /);
  });

  it('unknown-key for a __proto__ key, which is data, not a prototype', () => {
    expect(report(tp('__proto__: {polluted: 1}')).map(where)).toEqual([{ code: 'unknown-key', line: 6, column: 9 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('empty-value for empty text and an empty stage list', () => {
    expect(report(lines('title: ""', 'stages: [{id: a, touchpoints: []}]'))[0]).toEqual({
      code: 'empty-value',
      line: 1,
      column: 8,
      message: 'title must not be empty',
    });
    expect(report(lines('title: T', 'stages: []'))).toEqual([{ code: 'empty-value', line: 2, column: 9, message: 'stages must list at least one stage' }]);
  });

  it('invalid-id for ids that are not letters, digits, -, _ and ., with a suggestion', () => {
    expect(report(tp('id: "my id!"'))[0]).toEqual({
      code: 'invalid-id',
      line: 6,
      column: 13,
      message: 'id must start with a letter or digit and use only letters, digits, -, _ and . (got "my id!")',
      hint: 'try "my-id"',
    });
    expect(report(lines('title: T', 'channels:', '  "-web": {}', 'stages: [{id: a, touchpoints: []}]'))[0]).toMatchObject({
      code: 'invalid-id',
      line: 3,
      column: 3,
      hint: 'try "web"',
    });
  });

  it('invalid-color for a colour that is not #rrggbb', () => {
    expect(report(lines('title: T', 'channels:', '  web: {color: red}', 'stages: [{id: a, touchpoints: []}]'))[0]).toEqual({
      code: 'invalid-color',
      line: 3,
      column: 16,
      message: 'color must be #rrggbb, e.g. "#2563EB" (got "red")',
    });
  });

  it('invalid-value for a map type that does not exist, with the closest one', () => {
    expect(report(lines('title: T', 'type: curent-state', 'stages: [{id: a, touchpoints: []}]'))[0]).toEqual({
      code: 'invalid-value',
      line: 2,
      column: 7,
      message: 'type must be one of current-state, future-state, day-in-the-life, service-blueprint (got "curent-state")',
      hint: 'did you mean "current-state"?',
    });
  });

  it('non-finite-number for .inf, .nan and numbers too large for a double', () => {
    expect(report(tp('emotion: .inf'))).toEqual([{ code: 'non-finite-number', line: 6, column: 18, message: 'emotion must be a finite number (got .inf)' }]);
    expect(report(tp('emotion: .nan'))[0]).toMatchObject({ code: 'non-finite-number', message: 'emotion must be a finite number (got .nan)' });
    expect(report(tp('emotion: -1e999'))[0]).toMatchObject({ code: 'non-finite-number', message: 'emotion must be a finite number (got -.inf)' });
    expect(report(tp('metrics: {NPS: .inf}'))[0]).toMatchObject({ code: 'non-finite-number', line: 6, column: 24 });
  });

  it('invalid-scale for an emotionScale that is not two whole numbers, once', () => {
    for (const scale of ['[1.5, 2]', '[1, 2, 3]', '[1]', 'wide', '[a, b]']) {
      const ds = report(lines('title: T', `emotionScale: ${scale}`, 'stages: [{id: a, touchpoints: []}]'));
      expect(ds, scale).toHaveLength(1);
      expect(ds[0], scale).toMatchObject({ code: 'invalid-scale', line: 2, column: 15 });
    }
  });

  it('reports every shape error, top to bottom, and no journey', () => {
    const result = check(
      lines('title: T', 'stages:', '  - id: a', '    touchpoints:', '      - name: x', '        thougth: y', '        emotion: high', 'type: nope'),
    );
    expect(result.journey).toBeUndefined();
    expect(result.diagnostics.map(where)).toEqual([
      { code: 'unknown-key', line: 6, column: 9 },
      { code: 'wrong-type', line: 7, column: 18 },
      { code: 'invalid-value', line: 8, column: 7 },
    ]);
  });
});
