// Normalisation: defaults, derived ids, localised default stage names, text kept verbatim.
import { describe, expect, it } from 'vitest';
import { check, lines } from './run.js';
import { assignIds, slugify } from '../../src/validate/ids.js';
import { ID_PATTERN } from '../../src/model/schema.js';

const journeyOf = (text: string) => {
  const { journey, diagnostics } = check(text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return journey!;
};
const two = '    touchpoints: [{name: a, emotion: 1}, {name: b, emotion: 2}]';

describe('normalise', () => {
  it('fills in defaults and never leaves a list undefined', () => {
    const j = journeyOf(lines('title: T', 'persona: {name: P}', 'stages:', '  - id: a', two));
    expect(j).toMatchObject({ type: 'current-state', locale: 'en', emotionScale: [-2, 2], channels: [] });
    expect(j.personas).toEqual([{ id: 'p', name: 'P', goals: [], needs: [], frustrations: [] }]);
    expect(j.stages[0]).toMatchObject({ pains: [], opportunities: [] });
    expect(j.stages[0]!.touchpoints[0]).toEqual({ id: 'a', name: 'a', emotion: 1, pains: [], opportunities: [], evidence: [] });
  });

  it('leaves absent optional fields absent, not undefined', () => {
    const tp = journeyOf(lines('title: T', 'stages:', '  - id: a', two)).stages[0]!.touchpoints[0]!;
    for (const key of ['description', 'channel', 'thought', 'metrics', 'frontstage']) expect(key in tp, key).toBe(false);
  });

  it('turns the channels registry into an ordered list, label defaulting to the id', () => {
    const j = journeyOf(lines('title: T', 'channels:', '  web: {color: "#112233"}', '  line: {label: LINE 官方帳號}', 'stages:', '  - id: a', two));
    expect(j.channels).toEqual([
      { id: 'web', label: 'web', color: '#112233' },
      { id: 'line', label: 'LINE 官方帳號' },
    ]);
  });

  it('names the five classic stages in the map’s locale when no name is given', () => {
    const en = journeyOf(lines('title: T', 'stages:', '  - id: awareness', two, '  - id: advocacy', '    touchpoints: [{name: c}]'));
    expect(en.stages.map((s) => s.name)).toEqual(['Awareness', 'Advocacy']);
    const zh = journeyOf(
      lines('title: T', 'locale: zh-Hant', 'stages:', '  - id: purchase', two, '  - id: retention', '    name: 回購', '    touchpoints: []'),
    );
    expect(zh.stages.map((s) => s.name)).toEqual(['購買', '回購']);
  });

  it('uses the id as the name of other stages, and derives a stage id from the name', () => {
    const j = journeyOf(
      lines('title: T', 'stages:', '  - id: onboarding', two, '  - name: Get Started!', '    touchpoints: []', '  - name: 使用', '    touchpoints: []'),
    );
    expect(j.stages.map((s) => [s.id, s.name])).toEqual([
      ['onboarding', 'onboarding'],
      ['get-started', 'Get Started!'],
      ['使用', '使用'],
    ]);
  });

  it('derives touchpoint ids from names in any script, unique across the journey, explicit ids winning', () => {
    const j = journeyOf(
      lines(
        'title: T',
        'stages:',
        '  - id: a',
        '    touchpoints:',
        '      - {name: 看到 IG 廣告, emotion: 1}',
        '      - {name: 看到 IG 廣告, emotion: 2}',
        '      - {name: "😀 !!", emotion: 2}',
        '  - id: b',
        '    touchpoints:',
        '      - {name: Sees an ad, id: 看到-ig-廣告-2}',
        '      - {name: "Sees an ad…"}',
        '      - {name: ดูโฆษณา}',
      ),
    );
    expect(j.stages.flatMap((s) => s.touchpoints.map((t) => t.id))).toEqual([
      '看到-ig-廣告',
      '看到-ig-廣告-3',
      'tp-3',
      '看到-ig-廣告-2',
      'sees-an-ad',
      'ดูโฆษณา',
    ]);
  });

  it('keeps user text exactly as written: spaces, line breaks, quotes, markup', () => {
    const text = lines(
      'title: "  <b>Map</b> & co  "',
      'stages:',
      '  - id: a',
      '    touchpoints:',
      '      - name: a',
      '        thought: |',
      '          line one',
      '            indented "two"',
      '        emotion: 1',
      '      - {name: " b ", emotion: 2}',
    );
    const j = journeyOf(text);
    expect(j.title).toBe('  <b>Map</b> & co  ');
    expect(j.stages[0]!.touchpoints[0]!.thought).toBe('line one\n  indented "two"\n');
    expect(j.stages[0]!.touchpoints[1]!.name).toBe(' b ');
  });

  it('copies a timescale range and metrics without sharing objects with the parsed data', () => {
    const j = journeyOf(
      lines(
        'title: T',
        'timescale: {start: "2025-03-01", end: "2025-03-21"}',
        'stages:',
        '  - id: a',
        '    touchpoints: [{name: a, emotion: 1, metrics: {CSAT: 3.9, conversion: 12%}}, {name: b, emotion: 2}]',
      ),
    );
    expect(j.timescale).toEqual({ start: '2025-03-01', end: '2025-03-21' });
    expect(j.stages[0]!.touchpoints[0]!.metrics).toEqual({ CSAT: 3.9, conversion: '12%' });
  });
});

describe('slugify and assignIds', () => {
  it('lowercases, turns spaces and punctuation into single dashes, keeps letters of any script and their marks', () => {
    expect(slugify('  Sees an Instagram ad! ')).toBe('sees-an-instagram-ad');
    expect(slugify('看到 IG 廣告')).toBe('看到-ig-廣告');
    expect(slugify('खरीदें')).toBe('खरीदें');
    expect(slugify('café.menu_v2')).toBe('café-menu-v2');
    expect(slugify('😀 — !!')).toBe('');
  });

  it('cuts long names to a readable length', () => {
    expect([...slugify('word '.repeat(40))].length).toBeLessThanOrEqual(48);
  });

  it('falls back to prefix-N and suffixes collisions -2, -3 without touching explicit ids', () => {
    expect(assignIds([{ name: 'a' }, { name: 'A' }, { name: 'a!' }, { explicit: 'a-2' }, { name: '!' }], 'tp')).toEqual(['a', 'a-3', 'a-4', 'a-2', 'tp-5']);
  });

  it('derives ids that satisfy ID_PATTERN', () => {
    for (const name of ['Über', '看到 IG', 'ดูโฆษณา', '١٢٣ عربى', 'x']) expect(slugify(name), name).toMatch(ID_PATTERN);
  });
});
