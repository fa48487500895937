// Every diagnostic code lives in codes.ts, and every one is pinned to a line and column by a test.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, problems } from '../../src/diagnostics/codes.js';
import type { Problem } from '../../src/diagnostics/codes.js';

/** Calls every message builder; a one-item list stands in for any argument (text, number or list). */
function everyProblem(): Problem[] {
  return Object.values(problems).map((build) => (build as (...args: unknown[]) => Problem)(['x'], ['y'], ['z'], ['a']));
}

const testText = (dir: string): string =>
  readdirSync(new URL(`../${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(`../${dir}/${f}`, import.meta.url), 'utf8'))
    .join('\n');

describe('diagnostic codes', () => {
  it('lists exactly the codes the message builders produce', () => {
    expect(new Set(everyProblem().map((p) => p.code))).toEqual(new Set(DIAGNOSTIC_CODES));
  });

  it('words messages in lower case without a final full stop, hints likewise', () => {
    for (const p of everyProblem()) {
      expect(String(p.message), p.code).toMatch(/^[a-z"]/);
      expect(String(p.message), p.code).not.toMatch(/\.$/);
      if (p.hint !== undefined) expect(String(p.hint), p.code).not.toMatch(/\.$/);
    }
  });

  it('has a test asserting each code at a line and column', () => {
    // page-overflow is reported by compile for paper sheets: its test lives with the PDF's.
    const tests = `${testText('parse')}\n${testText('validate')}\n${testText('render/pdf')}`;
    const untested = DIAGNOSTIC_CODES.filter((code) => !new RegExp(`code: '${code}',\\s*(severity: '\\w+',\\s*)?line: \\d+,\\s*column: \\d+`).test(tests));
    expect(untested).toEqual([]);
  });
});
