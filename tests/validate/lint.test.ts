// Journey-quality warnings, placed on the line a reviewer would point at.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { lines, where } from './run.js';

const warnings = (text: string) =>
  prepare(text, { file: 'map.yaml' })
    .diagnostics.filter((d) => d.severity === 'warning')
    .map(where);
/** Only the journey-quality rules (a map without scores also gets too-few-scores). */
const findings = (text: string, severity = 'warning') =>
  prepare(text, { file: 'map.yaml' })
    .diagnostics.filter((d) => d.severity === severity && d.code !== 'too-few-scores')
    .map(where);

describe('lint', () => {
  it('flags a valley that names no pain point or opportunity, at its emotion', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - name: A',
      '        emotion: 1',
      '      - name: B',
      '        emotion: -2',
      '      - name: C',
      '        emotion: 1',
    );
    expect(warnings(text)).toEqual([{ code: 'valley-without-pain', line: 8, column: 9 }]);
  });

  it('flags pain points in a stage that offers no opportunity, at the pains key', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - name: A',
      '        emotion: 1',
      '      - name: B',
      '        emotion: 0',
      '        pains: [slow]',
      '  - name: Later',
      '    opportunities: [faster]',
      '    touchpoints:',
      '      - name: C',
      '        emotion: -1',
      '        pains: [still slow]',
    );
    expect(warnings(text)).toEqual([{ code: 'pain-without-opportunity', line: 9, column: 9 }]);
  });

  it('is quiet on a map whose valleys are explained', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - {name: A, emotion: 1}',
      '      - {name: B, emotion: -1, pains: [x], opportunities: [y]}',
      '      - {name: C, emotion: 2}',
    );
    expect(warnings(text)).toEqual([]);
  });

  it('flags a high-severity pain that no opportunity addresses, at its severity', () => {
    const text = lines(
      'title: T',
      'stages:',
      '  - name: S',
      '    pains:',
      '      - {text: Slow queue, id: queue, severity: high}',
      '    touchpoints:',
      '      - name: A',
      '        pains:',
      '          - text: Forms on paper',
      '            severity: high',
      '          - {text: Parking, id: parking, severity: high}',
      '          - {text: Noise, severity: medium}',
      '        opportunities:',
      '          - {text: Valet, addresses: [parking]}',
    );
    expect(findings(text)).toEqual([
      { code: 'pain-unaddressed', line: 5, column: 39 },
      { code: 'pain-unaddressed', line: 10, column: 13 },
    ]);
  });

  it('pain-unaddressed follows rules: (off, error)', () => {
    const base = [
      'title: T',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - name: A',
      '        pains: [{text: x, severity: high}]',
      '        opportunities: [y]',
    ];
    expect(findings(lines(...base))).toEqual([{ code: 'pain-unaddressed', line: 6, column: 27 }]);
    expect(findings(lines('rules: {pain-unaddressed: off}', ...base))).toEqual([]);
    expect(findings(lines('rules: {pain-unaddressed: error}', ...base), 'error')).toEqual([{ code: 'pain-unaddressed', line: 7, column: 27 }]);
  });

  it('valley-without-evidence is off unless turned on; then it flags a valley citing no source, at its emotion', () => {
    const stages = [
      'sources:',
      '  - {id: survey, kind: survey}',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - {name: A, emotion: 1}',
      '      - name: B',
      '        emotion: -2',
      '        pains: [slow]',
      '        opportunities: [faster]',
      '      - {name: C, emotion: 1}',
      '      - {name: D, emotion: -1, pains: [{text: x, evidence: [survey]}], opportunities: [y]}',
      '      - {name: E, emotion: 1}',
      '      - {name: F, emotion: -1, evidence: [survey], pains: [z], opportunities: [w]}',
      '      - {name: G, emotion: 1}',
    ];
    expect(findings(lines('title: T', ...stages))).toEqual([]);
    expect(findings(lines('title: T', 'rules: {valley-without-evidence: warning}', ...stages))).toEqual([
      { code: 'valley-without-evidence', line: 10, column: 9 },
    ]);
  });
});
