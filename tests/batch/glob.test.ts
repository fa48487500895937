import { describe, expect, it } from 'vitest';
import { expandBraces, globToRegExp, isGlob, splitGlob } from '../../src/batch/glob.js';

const matches = (pattern: string, path: string): boolean => globToRegExp(pattern).test(path);

describe('glob', () => {
  it('expands braces, nested and across folders; a brace without a comma is literal', () => {
    expect(expandBraces('*.{yaml,md}')).toEqual(['*.yaml', '*.md']);
    expect(expandBraces('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef']);
    expect(expandBraces('{maps,docs/x}/*.yaml')).toEqual(['maps/*.yaml', 'docs/x/*.yaml']);
    expect(expandBraces('a{b}c')).toEqual(['a{b}c']);
    expect(expandBraces('a{b,c')).toEqual(['a{b,c']);
  });

  it('* and ? stay inside one name', () => {
    expect(matches('*.yaml', 'a.yaml')).toBe(true);
    expect(matches('*.yaml', 'x/a.yaml')).toBe(false);
    expect(matches('?.yaml', 'a.yaml')).toBe(true);
    expect(matches('?.yaml', 'ab.yaml')).toBe(false);
    expect(matches('a*', 'a')).toBe(true);
  });

  it('** matches any number of folders, including none', () => {
    for (const path of ['a.yaml', 'x/a.yaml', 'x/y/z/a.yaml']) expect(matches('**/*.yaml', path), path).toBe(true);
    expect(matches('maps/**/*.yaml', 'maps/a.yaml')).toBe(true);
    expect(matches('maps/**/*.yaml', 'maps/q/r/a.yaml')).toBe(true);
    expect(matches('maps/**/*.yaml', 'other/a.yaml')).toBe(false);
    expect(matches('maps/**', 'maps/q/a.md')).toBe(true);
  });

  it('does not match hidden names unless the pattern spells the dot', () => {
    expect(matches('*.yaml', '.hidden.yaml')).toBe(false);
    expect(matches('**/*.yaml', '.git/a.yaml')).toBe(false);
    expect(matches('.*.yaml', '.hidden.yaml')).toBe(true);
  });

  it('treats regular-expression characters literally', () => {
    expect(matches('a+b (1).yaml', 'a+b (1).yaml')).toBe(true);
    expect(matches('a.yaml', 'aXyaml')).toBe(false);
    expect(matches('[ab].yaml', '[ab].yaml')).toBe(true);
    expect(matches('$x^.yaml', '$x^.yaml')).toBe(true);
  });

  it('combines braces with the rest of the syntax', () => {
    const re = globToRegExp('maps/**/*.{yaml,md}');
    expect(re.test('maps/a/b.md')).toBe(true);
    expect(re.test('maps/b.yaml')).toBe(true);
    expect(re.test('maps/b.svg')).toBe(false);
  });

  it('splits the fixed leading folders from the pattern, with the depth to search', () => {
    expect(splitGlob('maps/**/*.{yaml,md}')).toEqual({ base: 'maps', rest: '**/*.{yaml,md}', depth: Infinity });
    expect(splitGlob('./maps/*.yaml')).toEqual({ base: 'maps', rest: '*.yaml', depth: 0 });
    expect(splitGlob('*.yaml')).toEqual({ base: '.', rest: '*.yaml', depth: 0 });
    expect(splitGlob('a/*/b/*.yaml')).toEqual({ base: 'a', rest: '*/b/*.yaml', depth: 2 });
    expect(splitGlob('{a,b/c}/*.yaml').depth).toBe(2);
    expect(splitGlob('/abs/maps/*.yaml').base).toBe('/abs/maps');
  });

  it('tells globs from plain paths', () => {
    expect(isGlob('maps/*.yaml')).toBe(true);
    expect(isGlob('maps/{a,b}.yaml')).toBe(true);
    expect(isGlob('maps/a.yaml')).toBe(false);
  });
});
