// Meaning checks: what the schema cannot say. Errors stop the journey; warnings ride along with it.
import { describe, expect, it } from 'vitest';
import { check, lines, report, where } from './run.js';

const scored = ['      - name: s1', '        emotion: 1', '      - name: s2', '        emotion: 0'];

describe('meaning errors', () => {
  it('threshold-out-of-scale at valleyThreshold, against the declared scale', () => {
    const text = lines(
      'title: T',
      'emotionScale: [1, 5]',
      'valleyThreshold: 0',
      'stages:',
      '  - id: awareness',
      '    touchpoints:',
      '      - {name: a, emotion: 1}',
      '      - {name: b, emotion: 2}',
    );
    expect(report(text)).toEqual([
      {
        code: 'threshold-out-of-scale',
        line: 3,
        column: 18,
        message: "valleyThreshold must be between 1 and 5, the map's emotionScale (got 0)",
        hint: 'pick a score on the scale, e.g. 2',
      },
    ]);
    expect(
      check(
        lines(
          'title: T',
          'emotionScale: [1, 5]',
          'valleyThreshold: 2',
          'stages:',
          '  - id: awareness',
          '    touchpoints:',
          '      - {name: a, emotion: 1}',
          '      - {name: b, emotion: 2}',
        ),
      ).journey?.valleyThreshold,
    ).toBe(2);
  });

  it('emotion-out-of-scale at the score, against the default scale', () => {
    const text = lines('title: T', 'stages:', '  - id: awareness', '    touchpoints:', ...scored, '      - name: x', '        emotion: 7');
    expect(report(text)).toEqual([
      {
        code: 'emotion-out-of-scale',
        line: 10,
        column: 18,
        message: 'emotion must be between -2 and 2 (got 7)',
        hint: 'change the score, or widen emotionScale',
      },
    ]);
    expect(check(text).journey).toBeUndefined();
  });

  it('emotion-out-of-scale against a declared scale, including fractions just outside', () => {
    const text = lines(
      'title: T',
      'emotionScale: [1, 5]',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {name: x, emotion: 0.5}',
      '      - {name: y, emotion: 5}',
      '      - {name: z, emotion: 1}',
    );
    expect(report(text)).toEqual([
      {
        code: 'emotion-out-of-scale',
        line: 6,
        column: 28,
        message: 'emotion must be between 1 and 5 (got 0.5)',
        hint: 'change the score, or widen emotionScale',
      },
    ]);
  });

  it('reserved-key for a metric named __proto__, which JavaScript objects cannot hold', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {name: x, emotion: 1, metrics: {b: 2, __proto__: 5}}',
      '      - {name: y, emotion: 2}',
    );
    expect(report(text)).toEqual([
      { code: 'reserved-key', line: 5, column: 47, message: 'the name "__proto__" cannot be used here', hint: 'choose another name' },
    ]);
    expect(check(text).journey).toBeUndefined();
  });

  it('invalid-scale when the lowest score is not below the highest, and no score is judged against it', () => {
    const text = lines(
      'title: T',
      'emotionScale: [2, -2]',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {name: x, emotion: 9}',
      '      - {name: y, emotion: 1}',
    );
    expect(report(text)).toEqual([
      { code: 'invalid-scale', line: 2, column: 15, message: 'emotionScale must go from low to high (got [2, -2])', hint: 'write [-2, 2]' },
    ]);
    expect(report(text.replace('[2, -2]', '[3, 3]')).map(where)).toEqual([{ code: 'invalid-scale', line: 2, column: 15 }]);
  });

  it('duplicate-stage-id at the second id, naming the line of the first', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - id: buy',
      '    touchpoints: [{name: a, emotion: 1}]',
      '  - id: buy',
      '    touchpoints: [{name: b, emotion: 2}]',
    );
    expect(report(text)).toEqual([
      { code: 'duplicate-stage-id', line: 5, column: 9, message: 'stage id "buy" is already used on line 3', hint: 'stage ids must be unique' },
    ]);
  });

  it('duplicate-touchpoint-id across the whole journey, not just within a stage', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {id: ad, name: a, emotion: 1}',
      '  - id: b',
      '    touchpoints:',
      '      - {id: ad, name: b, emotion: 2}',
    );
    expect(report(text)).toEqual([
      {
        code: 'duplicate-touchpoint-id',
        line: 8,
        column: 14,
        message: 'touchpoint id "ad" is already used on line 5',
        hint: 'touchpoint ids must be unique across the whole map',
      },
    ]);
  });

  it('unknown-channel when a registry is declared, with "did you mean"', () => {
    const text = lines(
      'title: T',
      'channels:',
      '  instagram: {label: IG}',
      '  line: {}',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {name: a, emotion: 1, channel: instagarm}',
      '      - {name: b, emotion: 2, channel: e-mail}',
    );
    expect(report(text)).toEqual([
      { code: 'unknown-channel', line: 8, column: 40, message: 'channel "instagarm" is not in the channels registry', hint: 'did you mean "instagram"?' },
      { code: 'unknown-channel', line: 9, column: 40, message: 'channel "e-mail" is not in the channels registry', hint: 'declared channels: instagram, line' },
    ]);
  });

  it('accepts any channel as free text when no registry is declared; an empty registry accepts none', () => {
    const free = lines(
      'title: T',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - {name: a, emotion: 1, channel: carrier pigeon}',
      '      - {name: b, emotion: 2}',
    );
    expect(check(free).diagnostics).toEqual([]);
    expect(report(lines('channels: {}', free)).map(where)).toEqual([{ code: 'unknown-channel', line: 6, column: 40 }]);
  });

  it('unnamed-stage for a stage with neither id nor name', () => {
    const text = lines('title: T', 'stages:', '  - touchpoints: [{name: a, emotion: 1}, {name: b, emotion: 2}]');
    expect(report(text)).toEqual([{ code: 'unnamed-stage', line: 3, column: 5, message: 'a stage needs an id or a name' }]);
  });
});

describe('meaning warnings (the map still renders)', () => {
  it('empty-stage at the touchpoints key, and the journey is still returned', () => {
    const text = lines('title: T', 'stages:', '  - id: a', '    touchpoints:', ...scored, '  - name: Later', '    touchpoints: []');
    const result = check(text);
    expect(result.diagnostics.map((d) => ({ ...where(d), severity: d.severity, message: d.message }))).toEqual([
      { code: 'empty-stage', line: 10, column: 5, severity: 'warning', message: 'stage "Later" has no touchpoints; it is drawn as an empty column' },
    ]);
    expect(result.journey?.stages[1]?.touchpoints).toEqual([]);
  });

  it('too-few-scores at the stages key for one score or none', () => {
    const one = lines('title: T', 'stages:', '  - id: a', '    touchpoints: [{name: a, emotion: 1}, {name: b}]');
    expect(check(one).diagnostics.map((d) => ({ ...where(d), severity: d.severity, message: d.message }))).toEqual([
      { code: 'too-few-scores', line: 2, column: 1, severity: 'warning', message: 'only 1 touchpoint has an emotion score, so no emotion curve can be drawn' },
    ]);
    expect(check(one).journey).toBeDefined();
    const none = lines('title: T', 'stages:', '  - id: a', '    touchpoints: [{name: a}, {name: b}]');
    expect(report(none)[0]).toMatchObject({
      code: 'too-few-scores',
      line: 2,
      column: 1,
      message: 'no touchpoint has an emotion score, so no emotion curve can be drawn',
    });
  });

  it('unknown-locale for a locale cjm has no labels for; regional tags of known ones are fine', () => {
    const base = lines('title: T', 'locale: fr', 'stages:', '  - id: a', '    touchpoints:', ...scored);
    expect(report(base)).toEqual([
      {
        code: 'unknown-locale',
        line: 2,
        column: 9,
        message: 'locale "fr" has no built-in labels; cjm\'s own words will be in English',
        hint: 'cjm has labels for en, zh-Hant, zh-Hans and ja',
      },
    ]);
    for (const locale of ['en', 'en-GB', 'zh-TW', 'zh-Hans', 'ja-JP'])
      expect(check(base.replace('locale: fr', `locale: ${locale}`)).diagnostics, locale).toEqual([]);
  });
});
