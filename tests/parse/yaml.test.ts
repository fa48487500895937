import { describe, expect, it, vi } from 'vitest';
import { formatFromPath, parseSource } from '../../src/parse/index.js';
import { MAX_ALIAS_VALUES } from '../../src/model/limits.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const parse = (text: string) => parseSource(text, { file: 'map.yaml' });
const where = (d: Diagnostic) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column });
const problems = (text: string) => parse(text).diagnostics.map(where);

describe('formatFromPath', () => {
  it('knows YAML and Markdown extensions in any case', () => {
    expect(formatFromPath('maps/a.yaml')).toBe('yaml');
    expect(formatFromPath('A.YML')).toBe('yaml');
    expect(formatFromPath('doc.md')).toBe('md');
    expect(formatFromPath('doc.Markdown')).toBe('md');
  });
  it('returns undefined for anything else', () => {
    for (const path of ['a.json', 'yaml', 'dir.yaml/file', 'a.constructor', 'noext', '.yaml.txt']) expect(formatFromPath(path), path).toBeUndefined();
  });
});

describe('parseSource', () => {
  it('reads YAML into plain data with no diagnostics', () => {
    const result = parse('title: 地圖\nstages:\n  - name: a\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.source?.data).toEqual({ title: '地圖', stages: [{ name: 'a' }] });
    expect(result.source?.format).toBe('yaml');
  });

  it('picks the format from the option, then the file name, then YAML', () => {
    const md = parseSource('# t\n', { file: 'x.yaml', format: 'md' });
    expect(md.source?.format ?? md.diagnostics[0]?.code).not.toBe('yaml');
    expect(parseSource('title: t\n', { file: 'x.md', format: 'yaml' }).source?.format).toBe('yaml');
    expect(parseSource('title: t\n', { file: '<stdin>' }).source?.format).toBe('yaml');
  });
});

describe('YAML problems, each with its line and column', () => {
  it('empty-file for an empty, blank or comment-only file', () => {
    for (const text of ['', '\n\n', '# nothing here\n', '\uFEFF'])
      expect(problems(text), JSON.stringify(text)).toEqual([{ code: 'empty-file', severity: 'error', line: 1, column: 1 }]);
  });

  it('not-a-mapping for a list or a scalar document', () => {
    expect(problems('- a\n- b\n')).toEqual([{ code: 'not-a-mapping', severity: 'error', line: 1, column: 1 }]);
    expect(parse('just text\n').diagnostics[0]?.message).toContain('(got "just text")');
    expect(parse('~\n').diagnostics[0]?.message).toContain('(got nothing)');
  });

  it('yaml-syntax at the offending character, with the parser’s reason', () => {
    expect(problems('title: x\nstages: a: b\n')).toEqual([{ code: 'yaml-syntax', severity: 'error', line: 2, column: 9 }]);
    expect(parse('title: x\nstages: a: b\n').diagnostics[0]?.hint).toContain('quotes');
    expect(problems('title: "x\n')[0]).toEqual({ code: 'yaml-syntax', severity: 'error', line: 2, column: 1 });
    expect(parse('title: "x\n').diagnostics[0]?.message).toBe('missing closing "quote');
  });

  it('yaml-tab-indent for a tab used as indentation', () => {
    expect(problems('persona:\n\tname: a\n')).toEqual([{ code: 'yaml-tab-indent', severity: 'error', line: 2, column: 1 }]);
  });

  it('accepts tabs inside values and keeps them', () => {
    expect(parse('title: "a\tb"\n').source?.data).toEqual({ title: 'a\tb' });
  });

  it('duplicate-key at the second occurrence, naming the key even when quoted', () => {
    expect(problems('title: a\nlocale: en\n"title": b\n')).toEqual([{ code: 'duplicate-key', severity: 'error', line: 3, column: 1 }]);
    expect(parse('title: a\nlocale: en\n"title": b\n').diagnostics[0]?.message).toBe('key "title" appears twice in the same mapping');
  });

  it('multiple-documents at the --- that starts the second one (an error: one file, one map)', () => {
    expect(problems('title: a\n---\ntitle: b\n')).toEqual([{ code: 'multiple-documents', severity: 'error', line: 2, column: 1 }]);
    expect(problems('---\ntitle: a\n')).toEqual([]);
  });

  it('yaml-warning for an unknown tag, and the data is still read', () => {
    const result = parse('title: !shout x\n');
    expect(result.diagnostics.map(where)).toEqual([{ code: 'yaml-warning', severity: 'warning', line: 1, column: 8 }]);
    expect(result.source?.data).toEqual({ title: 'x' });
  });

  it('undefined-alias at the alias', () => {
    expect(problems('title: x\npersona: *who\n')).toEqual([{ code: 'undefined-alias', severity: 'error', line: 2, column: 10 }]);
  });

  it('recursive-alias for an alias inside its own anchor', () => {
    expect(problems('title: x\ngoals: &g [a, *g]\n')).toEqual([{ code: 'recursive-alias', severity: 'error', line: 2, column: 15 }]);
  });

  it('alias-limit refuses a billion-laughs document before expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parse(`${levels.join('\n')}\n`);
    expect(result.source).toBeUndefined();
    expect(result.diagnostics.map(where)).toEqual([{ code: 'alias-limit', severity: 'error', line: 2, column: 8 }]);
  });

  it('alias-limit also refuses many aliases of one big anchor (which yaml’s own count misses)', () => {
    const big = `big: &big [${Array.from({ length: 200 }, (_, i) => i).join(',')}]`;
    const refs = Array.from({ length: 60 }, (_, i) => `k${i}: *big`);
    expect(problems(`${big}\n${refs.join('\n')}\n`)).toEqual([{ code: 'alias-limit', severity: 'error', line: 2, column: 5 }]);
    // Under the budget, aliases are fine and expand to equal data.
    const few = parse(`${big}\ncopy: *big\n`);
    expect(few.diagnostics).toEqual([]);
    expect((few.source!.data as { copy: number[] }).copy).toHaveLength(200);
    expect(200 * 60).toBeGreaterThan(MAX_ALIAS_VALUES);
  });

  it('prints nothing itself: a collection used as a key does not reach stderr', () => {
    const spy = vi.spyOn(process, 'emitWarning');
    try {
      expect(parse('title: x\n? [a, b]\n: c\n').source).toBeDefined();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('reports nesting too deep to read instead of crashing', () => {
    const result = parse(`title: ${'['.repeat(20_000)}`);
    expect(result.source).toBeUndefined();
    expect(result.diagnostics[0]?.code).toBe('yaml-syntax');
    expect(result.diagnostics.length).toBeLessThanOrEqual(10);
  });
});

describe('positions', () => {
  const text = ['title: Map', 'stages:', '  - id: awareness', '    touchpoints:', '      - name: 看到 IG 廣告', '        emotion: 7', ''].join('\n');
  const locate = parse(text).source!.locate;

  it('points at a value, or at its key', () => {
    expect(locate(['stages', 0, 'touchpoints', 0, 'emotion'])).toEqual({ line: 6, column: 18, endLine: 6, endColumn: 19 });
    expect(locate(['stages', 0, 'touchpoints', 0, 'emotion'], 'key')).toEqual({ line: 6, column: 9, endLine: 6, endColumn: 16 });
    expect(locate(['title'], 'key')).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 6 });
  });

  it('counts columns in code points: a CJK character is one column', () => {
    const span = locate(['stages', 0, 'touchpoints', 0, 'name']);
    expect(span).toEqual({ line: 5, column: 15, endLine: 5, endColumn: 15 + [...'看到 IG 廣告'].length });
  });

  it('falls back to the nearest ancestor that exists, then to 1:1', () => {
    expect(locate(['stages', 0, 'touchpoints', 0, 'thought'])).toMatchObject({ line: 5, column: 9 });
    expect(locate(['stages', 5, 'name'])).toMatchObject({ line: 3, column: 3 });
    expect(parse('a: 1\n').source!.locate(['zzz'])).toMatchObject({ line: 1, column: 1 });
  });

  it('points at the key when the value is missing (`key:` and nothing else)', () => {
    const s = parse('title:\nlocale: en\n').source!;
    expect(s.locate(['title'])).toMatchObject({ line: 1, column: 7 });
  });

  it('follows aliases to where the anchored value was written', () => {
    const s = parse('goals: &g [calm, quick]\npersona:\n  goals: *g\n').source!;
    expect(s.locate(['persona', 'goals', 1])).toEqual({ line: 1, column: 18, endLine: 1, endColumn: 23 });
  });

  it('strips a byte order mark: line 1 columns do not count it', () => {
    const result = parse('\uFEFFtitle: x\nlocale: en\n');
    expect(result.source?.data).toEqual({ title: 'x', locale: 'en' });
    expect(result.source?.text.startsWith('\uFEFF')).toBe(false);
    expect(result.source!.locate(['title'])).toEqual({ line: 1, column: 8, endLine: 1, endColumn: 9 });
  });

  it('keeps columns right with CRLF line endings, and no \\r in values', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const s = parse(crlf).source!;
    expect(s.locate(['stages', 0, 'touchpoints', 0, 'emotion'])).toEqual({ line: 6, column: 18, endLine: 6, endColumn: 19 });
    expect(JSON.stringify(s.data)).not.toContain('\\r');
    expect(problems('a: 1\r\na: 2\r\n')).toEqual([{ code: 'duplicate-key', severity: 'error', line: 2, column: 1 }]);
  });

  it('counts an emoji (two UTF-16 units) as one column', () => {
    const s = parse('title: 😀 x\nlocale: 😀😀 y\n').source!;
    expect(s.locate(['locale'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 13 });
  });
});
