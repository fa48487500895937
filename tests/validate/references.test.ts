// References between the parts of a map: per-persona values, `addresses`, `evidence` and custom lanes
// name ids declared elsewhere in the map, and each such id is declared once.
import { describe, expect, it } from 'vitest';
import { check, lines, report, where } from './run.js';

const head = ['title: T', 'personas:', '  - {id: mom, name: 媽媽}', '  - {id: grandpa, name: 阿公}'];
const sources = ['sources:', '  - {id: survey, kind: survey, title: 問卷, n: 120}'];
const lanesDecl = ['lanes:', '  - {id: kpi, label: KPI}'];

/** A map whose one stage holds the given touchpoint lines (indented 6) after a scored touchpoint. */
const map = (top: string[], tp: string[]) =>
  lines(...top, 'stages:', '  - id: s', '    touchpoints:', '      - {name: a, emotion: 1}', ...tp.map((l) => `      ${l}`));

describe('references', () => {
  it('accepts a map whose references all resolve, and normalises them', () => {
    const text = map(
      [...head, ...sources, ...lanesDecl],
      [
        '- name: b',
        '  emotion: {mom: -1, grandpa: -2}',
        '  thought: {mom: 好累}',
        '  evidence: [survey]',
        '  pains:',
        '    - {id: wait, text: 等太久, severity: high, evidence: [survey]}',
        '    - 停車難',
        '  opportunities:',
        '    - {text: 線上叫號, status: planned, addresses: [wait]}',
        '  frontstage: [掛號, 叫號]',
        '  lanes: {kpi: 等候 40 分}',
      ],
    );
    const { journey, diagnostics } = check(text);
    expect(diagnostics).toEqual([]);
    const tp = journey!.stages[0]!.touchpoints[1]!;
    expect(journey!.personas.map((p) => p.id)).toEqual(['mom', 'grandpa']);
    expect(tp.emotion).toEqual({ mom: -1, grandpa: -2 });
    expect(tp.pains).toEqual([
      { text: '等太久', id: 'wait', severity: 'high', evidence: ['survey'] },
      { text: '停車難', evidence: [] },
    ]);
    expect(tp.opportunities).toEqual([{ text: '線上叫號', status: 'planned', addresses: ['wait'], evidence: [] }]);
    expect(tp.frontstage).toEqual(['掛號', '叫號']);
    expect(tp.lanes).toEqual({ kpi: ['等候 40 分'] });
    expect(journey!.sources).toEqual([{ id: 'survey', kind: 'survey', title: '問卷', n: 120 }]);
    expect(journey!.lanes).toEqual([{ id: 'kpi', label: 'KPI' }]);
  });

  it('persona-and-personas when both are given', () => {
    const text = map(['title: T', 'persona: {name: P}', 'personas:', '  - {id: a, name: A}'], ['- {name: b, emotion: 0}']);
    expect(report(text).map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual([{ code: 'persona-and-personas', line: 3, column: 1 }]);
  });

  it('too-many-personas past six', () => {
    const seven = Array.from({ length: 7 }, (_, i) => `  - {id: p${i}, name: P${i}}`);
    expect(check(map(['title: T', 'personas:', ...seven], ['- {name: b, emotion: 0}'])).diagnostics.map(where)).toEqual([
      { code: 'too-many-personas', line: 2, column: 1 },
    ]);
  });

  it('unknown-persona at the key, with a suggestion; duplicate-persona-id at the repeat', () => {
    expect(report(map(head, ['- {name: b, emotion: {mum: -1}}']))).toEqual([
      { code: 'unknown-persona', line: 9, column: 29, message: 'persona "mum" is not declared in this map', hint: 'did you mean "mom"?' },
    ]);
    const twice = ['title: T', 'personas:', '  - {id: mom, name: A}', '  - {id: mom, name: B}'];
    expect(check(map(twice, ['- {name: b, emotion: 0}'])).diagnostics.map(where)).toEqual([{ code: 'duplicate-persona-id', line: 4, column: 10 }]);
  });

  it('per-persona values need declared personas', () => {
    expect(report(map(['title: T'], ['- {name: b, emotion: {mom: -1}}']))[0]).toMatchObject({
      code: 'unknown-persona',
      line: 6,
      column: 29,
      hint: 'give each persona an id under personas:, and use those ids',
    });
  });

  it('emotion-out-of-scale at the persona value that is off the scale', () => {
    expect(check(map(head, ['- {name: b, emotion: {mom: -1, grandpa: -3}}'])).diagnostics.map(where)).toEqual([
      { code: 'emotion-out-of-scale', line: 9, column: 47 },
    ]);
  });

  it('unknown-pain in addresses, with a suggestion; duplicate-pain-id and duplicate-opportunity-id', () => {
    const tp = ['- name: b', '  emotion: -1', '  pains: [{id: wait, text: W}]', '  opportunities: [{text: O, addresses: [wiat]}]'];
    expect(report(map(['title: T'], tp))).toEqual([
      { code: 'unknown-pain', line: 9, column: 47, message: 'pain "wiat" is not declared in this map', hint: 'did you mean "wait"?' },
    ]);
    const twice = ['- name: b', '  emotion: -1', '  pains: [{id: w, text: W}, {id: w, text: X}]', '  opportunities: [{id: o, text: O}, {id: o, text: P}]'];
    expect(check(map(['title: T'], twice)).diagnostics.map(where)).toEqual([
      { code: 'duplicate-pain-id', line: 8, column: 40 },
      { code: 'duplicate-opportunity-id', line: 9, column: 48 },
    ]);
  });

  it('unknown-source in evidence on touchpoints, pains and opportunities; duplicate-source-id', () => {
    const tp = ['- name: b', '  emotion: -1', '  evidence: [survy]', '  pains: [{text: W, evidence: [nope]}]'];
    expect(check(map(['title: T', ...sources], tp)).diagnostics.map((d) => ({ ...where(d), hint: d.hint }))).toEqual([
      { code: 'unknown-source', line: 10, column: 20, hint: 'did you mean "survey"?' },
      { code: 'unknown-source', line: 11, column: 38, hint: 'declared sources: survey' },
    ]);
    const twice = ['title: T', 'sources:', '  - {id: s, kind: survey}', '  - {id: s, kind: other}'];
    expect(check(map(twice, ['- {name: b, emotion: 0}'])).diagnostics.map(where)).toEqual([{ code: 'duplicate-source-id', line: 4, column: 10 }]);
  });

  it('unknown-lane at the key; duplicate-lane-id; reserved-lane-id for a built-in lane name', () => {
    expect(report(map(['title: T', ...lanesDecl], ['- {name: b, emotion: 0, lanes: {kpj: x}}']))[0]).toMatchObject({
      code: 'unknown-lane',
      line: 8,
      column: 39,
      hint: 'did you mean "kpi"?',
    });
    const twice = ['title: T', 'lanes:', '  - {id: kpi}', '  - {id: kpi}', '  - {id: emotion}'];
    expect(check(map(twice, ['- {name: b, emotion: 0}'])).diagnostics.map(where)).toEqual([
      { code: 'duplicate-lane-id', line: 4, column: 10 },
      { code: 'reserved-lane-id', line: 5, column: 10 },
    ]);
  });
});
