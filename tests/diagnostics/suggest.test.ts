// The one edit distance and its "did you mean": spec keys, Markdown labels and config settings share it.
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/diagnostics/suggest.js';
import { checkConfig } from '../../src/batch/config-check.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and an adjacent swap as one edit each', () => {
    expect(editDistance('format', 'formats')).toBe(1);
    expect(editDistance('formats', 'format')).toBe(1);
    expect(editDistance('theme', 'theme')).toBe(0);
    expect(editDistance('thmee', 'theme')).toBe(1);
    expect(editDistance('fromats', 'formats')).toBe(1);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(editDistance('阶段😀', '阶段')).toBe(1);
  });
});

describe('did you mean', () => {
  it('suggests within a third of the word and ignores case', () => {
    expect(closest('Stages', ['stages', 'title'])).toBe('stages');
    expect(closest('xyz', ['stages', 'title'])).toBeUndefined();
  });

  it('suggests a config setting whose letters were swapped', () => {
    const { problems } = checkConfig([{ key: 'thmee', value: 'dark', keyAt: 'cjm.config.yaml:1:1', valueAt: 'cjm.config.yaml:1:8' }]);
    expect(problems).toEqual(['cjm.config.yaml:1:1: unknown setting "thmee" (did you mean "theme"?)']);
  });
});
