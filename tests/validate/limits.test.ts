// The documented limits (src/model/limits.ts): each refused with its own code, at a line and column,
// in YAML and in Markdown. Inputs are generated here, never committed.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { MAX_DIAGNOSTICS, MAX_SPEC_BYTES, MAX_STAGES, MAX_TEXT_LENGTH, MAX_TOUCHPOINTS } from '../../src/model/limits.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const where = (d: Diagnostic) => ({ code: d.code, line: d.line, column: d.column });
const problems = (text: string, file = 'map.yaml') => prepare(text, { file }).diagnostics.map(where);

describe('limits', () => {
  it('a spec over MAX_SPEC_BYTES (counted in UTF-8 bytes) is refused before parsing', () => {
    expect(problems(`title: ${'x'.repeat(MAX_SPEC_BYTES)}\n`)).toEqual([{ code: 'spec-too-large', line: 1, column: 1 }]);
    // 2 million 表 are 2 million characters but 6 million bytes.
    expect(problems(`---\ntitle: ${'表'.repeat(2_000_000)}\n---\n`, 'map.md')).toEqual([{ code: 'spec-too-large', line: 1, column: 1 }]);
  });

  it('a text over MAX_TEXT_LENGTH is refused at its value, keys too', () => {
    const long = 'y'.repeat(MAX_TEXT_LENGTH + 1);
    expect(problems(`title: T\nstages:\n  - id: s\n    touchpoints:\n      - name: A\n        pains: [ok, ${long}]\n`)).toEqual([
      { code: 'text-too-long', line: 6, column: 21 },
    ]);
    // (A key this long must be an explicit `? key`: YAML limits implicit keys to 1,024 characters.)
    expect(problems(`title: T\n? ${long}\n: 1\nstages: []\n`)).toEqual([{ code: 'text-too-long', line: 2, column: 3 }]);
    expect(problems(`---\ntitle: T\n---\n## S\n### A\n- thought: ${long}\n`, 'map.md')).toEqual([{ code: 'text-too-long', line: 6, column: 12 }]);
    // At the limit is fine.
    expect(
      problems(`title: ${'y'.repeat(MAX_TEXT_LENGTH)}\nstages:\n  - id: s\n    touchpoints:\n      - name: A\n`).filter((p) => p.code === 'text-too-long'),
    ).toEqual([]);
  });

  it(`more than ${MAX_TOUCHPOINTS} touchpoints or ${MAX_STAGES} stages are refused at stages:`, () => {
    const touchpoints = `title: T\nstages:\n  - id: s\n    touchpoints:\n${'      - name: A\n'.repeat(MAX_TOUCHPOINTS + 1)}`;
    expect(problems(touchpoints)).toEqual([{ code: 'too-many-touchpoints', line: 2, column: 1 }]);
    const stages = `title: T\nstages:\n${'  - name: S\n'.repeat(MAX_STAGES + 1)}`;
    expect(problems(stages)).toEqual([{ code: 'too-many-stages', line: 2, column: 1 }]);
    const md = `---\ntitle: T\n---\n${'## S\n'.repeat(MAX_STAGES + 1)}`;
    expect(problems(md, 'map.md')[0]).toMatchObject({ code: 'too-many-stages' });
  });

  it(`a file reports its first ${MAX_DIAGNOSTICS} problems, then one line counting the rest`, () => {
    const text = `title: T\nstages:\n  - id: s\n    touchpoints:\n${'      - name: A\n        emotion: 9\n'.repeat(150)}`;
    const found = problems(text);
    expect(found).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(found[MAX_DIAGNOSTICS]).toEqual({ code: 'too-many-diagnostics', line: 206, column: 18 });
    expect(prepare(text, { file: 'map.yaml' }).diagnostics[MAX_DIAGNOSTICS]?.message).toBe(
      'and 50 more problems in this file, not shown (only the first 100 are)',
    );
  });

  it('counted warnings stay a warning', () => {
    // 150 valleys without pains: warnings only; the map still compiles.
    const text = `title: T\nstages:\n  - id: s\n    touchpoints:\n${'      - name: A\n        emotion: 2\n      - name: B\n        emotion: -2\n'.repeat(150)}`;
    const { prepared, diagnostics } = prepare(text, { file: 'map.yaml' });
    expect(prepared).toBeDefined();
    expect(diagnostics[MAX_DIAGNOSTICS]).toMatchObject({ code: 'too-many-diagnostics', severity: 'warning' });
  });
});
