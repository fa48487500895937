// Several personas on one map: each persona's curve has its own valleys, and every reader of the
// analysis (lint, report, diff, the gap check) sees all of them, each under its persona.
import { describe, expect, it } from 'vitest';
import { analyse, curvesOf, lint } from '../../src/analyse/index.js';
import { diffJourneys } from '../../src/compare/index.js';
import { changeText } from '../../src/compare/text.js';
import { changeToJson } from '../../src/compare/json.js';
import { prepareWithBaseline } from '../../src/compile.js';
import { reportText } from '../../src/report/text.js';
import type { Journey, Persona } from '../../src/model/journey.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const persona = (id: string, name: string): Persona => ({ id, name, goals: [], needs: [], frustrations: [] });
const two = [persona('mom', 'Mom'), persona('grandpa', 'Grandpa')];

// Mom dips at b; Grandpa at c (lower), and both at e.
const clinic = (scores: Record<string, Record<string, number>>, personas = two): Journey =>
  journeyOf(
    [
      { id: 'book', touchpoints: ['a', 'b', 'c'].map((id) => touchpoint(id, undefined, { emotion: scores[id]!, pains: id === 'c' ? ['queue'] : [] })) },
      { id: 'visit', touchpoints: ['d', 'e', 'f'].map((id) => touchpoint(id, undefined, { emotion: scores[id]! })) },
    ],
    { personas },
  );
const scores = {
  a: { mom: 1, grandpa: 1 },
  b: { mom: -1, grandpa: 0 },
  c: { mom: 0, grandpa: -2 },
  d: { mom: 1, grandpa: 0 },
  e: { mom: -1, grandpa: -1 },
  f: { mom: 2, grandpa: 1 },
};

describe('analysis per persona', () => {
  const journey = clinic(scores);
  const analysis = analyse(journey);
  it('gives each persona its curve, valleys and lowest point', () => {
    expect(
      curvesOf(analysis).map((c) => [c.personaId, c.curve.map((p) => p.emotion), c.valleys.map((v) => [v.touchpointId, v.lowest]), c.lowest?.touchpointId]),
    ).toEqual([
      [
        'mom',
        [1, -1, 0, 1, -1, 2],
        [
          ['b', true],
          ['e', true],
        ],
        'b',
      ],
      [
        'grandpa',
        [1, 0, -2, 0, -1, 1],
        [
          ['c', true],
          ['e', false],
        ],
        'c',
      ],
    ]);
  });
  it('keeps curve and lowest as the first persona’s, and lists every valley in journey order, tagged', () => {
    expect(analysis.curve.map((p) => p.emotion)).toEqual([1, -1, 0, 1, -1, 2]);
    expect(analysis.lowest?.touchpointId).toBe('b');
    expect(analysis.valleys.map((v) => `${v.touchpointId}:${v.personaId}`)).toEqual(['b:mom', 'c:grandpa', 'e:mom', 'e:grandpa']);
  });
  it('pools every persona’s scores in the stage figures', () => {
    expect(analysis.stages.map((s) => [s.stageId, s.scored, s.min, s.max, s.average])).toEqual([
      ['book', 3, -2, 1, -1 / 6],
      ['visit', 3, -1, 2, 2 / 6],
    ]);
  });
  it('has no per-persona part for a map with one persona or none', () => {
    const one = clinic({ a: { mom: 1 }, b: { mom: -1 }, c: { mom: 0 }, d: { mom: 1 }, e: { mom: -1 }, f: { mom: 2 } }, [two[0]!]);
    expect(analyse(one).personas).toBeUndefined();
    expect(analyse(one).valleys.every((v) => v.personaId === undefined)).toBe(true);
  });
  it('lints a valley of any persona that has no pain or opportunity', () => {
    expect(lint(journey, analysis).map((d) => `${d.code}:${d.message.match(/"(.*?)"/)?.[1]}`)).toEqual([
      'valley-without-pain:Touchpoint b',
      'pain-without-opportunity:Touchpoint c',
      'valley-without-pain:Touchpoint e',
    ]);
  });
  it('reports one chart per persona and groups “where it hurts” by persona', () => {
    const text = reportText(journey, analysis, { color: false });
    const hurts = text.slice(text.indexOf('Where it hurts'));
    expect(hurts.split('\n').filter((l) => /^\s+(Mom|Grandpa|[◆▼])/.test(l))).toEqual([
      '  Mom',
      '  ◆  −1  Touchpoint b (book)',
      '  ◆  −1  Touchpoint e (visit)',
      '  Grandpa',
      '  ◆  −2  Touchpoint c (book)',
      '  ▼  −1  Touchpoint e (visit)',
    ]);
    expect(text.match(/^ {2}(Mom|Grandpa)$/gm)).toEqual(['  Mom', '  Grandpa', '  Mom', '  Grandpa']);
  });
});

describe('diff and the gap check per persona', () => {
  it('opens and closes valleys per persona, even at a touchpoint where another persona keeps one', () => {
    const before = clinic(scores);
    const after = clinic({ ...scores, b: { mom: 0, grandpa: -2 }, c: { mom: 0, grandpa: -1 } });
    const change = diffJourneys(before, after, analyse(before), analyse(after));
    expect(change.valleys.opened.map((v) => [v.touchpointId, v.persona?.id])).toEqual([['b', 'grandpa']]);
    expect(change.valleys.closed.map((v) => [v.touchpointId, v.persona?.id])).toEqual([
      ['b', 'mom'],
      ['c', 'grandpa'],
    ]);
    expect(changeText(change, { old: 'a', new: 'b' }, { color: false })).toContain('▼ opened Touchpoint b (book) [Grandpa]');
    const json = JSON.parse(changeToJson(change, { old: 'a', new: 'b' }));
    expect(json.valleys).toEqual({ opened: ['b'], closed: ['b', 'c'] });
    expect(json.valleysByPersona).toEqual({
      opened: [{ touchpoint: 'b', persona: 'grandpa' }],
      closed: [
        { touchpoint: 'b', persona: 'mom' },
        { touchpoint: 'c', persona: 'grandpa' },
      ],
    });
  });
  it('matches a map’s one curve with the first persona’s when a second persona arrives', () => {
    const single = clinic({ a: { mom: 1 }, b: { mom: -1 }, c: { mom: 0 }, d: { mom: 1 }, e: { mom: -1 }, f: { mom: 2 } }, [two[0]!]);
    const both = clinic(scores);
    const change = diffJourneys(single, both, analyse(single), analyse(both));
    expect(change.valleys.closed).toEqual([]);
    expect(change.valleys.opened.map((v) => [v.touchpointId, v.persona?.id])).toEqual([
      ['c', 'grandpa'],
      ['e', 'grandpa'],
    ]);
  });
  it('asks each baseline valley to be answered by its own persona’s score', async () => {
    const map = (head: string, mom: number, grandpa: number): string =>
      `title: T\n${head}personas:\n  - {id: mom, name: Mom}\n  - {id: grandpa, name: Grandpa}\nstages:\n  - id: s\n    touchpoints:\n      - {id: a, name: A, emotion: 1, opportunities: [o]}\n      - {id: b, name: B, emotion: {mom: ${mom}, grandpa: ${grandpa}}, pains: [p], opportunities: [o]}\n      - {id: c, name: C, emotion: 1}\n`;
    const files: Record<string, string> = { '/m/old.yaml': map('', -1, -2) };
    const run = async (mom: number, grandpa: number) =>
      (
        await prepareWithBaseline(map('baseline: ./old.yaml\n', mom, grandpa), {
          file: 'm/new.yaml',
          cwd: '/',
          readBaseline: async (path) => files[path] ?? Promise.reject(Object.assign(new Error('nope'), { code: 'ENOENT' })),
        })
      ).diagnostics.map((d) => d.message);
    // Mom's score rose, Grandpa's did not: only Grandpa's valley is unanswered.
    expect(await run(1, -2)).toEqual([expect.stringContaining('touchpoint "B (Grandpa)" was a valley in the baseline')]);
    expect(await run(-1, 1)).toEqual([expect.stringContaining('touchpoint "B (Mom)" was a valley')]);
    expect(await run(1, 1)).toEqual([]);
  });
});
