// Journey-quality warnings, placed on the line a reviewer would point at.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { lines, where } from './run.js';

const warnings = (text: string) =>
  prepare(text, { file: 'map.yaml' })
    .diagnostics.filter((d) => d.severity === 'warning')
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
});
