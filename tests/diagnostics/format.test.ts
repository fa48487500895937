import { describe, expect, it } from 'vitest';
import { colorEnabled, diagnosticsToJson, formatDiagnostic } from '../../src/diagnostics/format.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const at = (line: number, column: number, endColumn = column, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  severity: 'error',
  code: 'emotion-out-of-scale',
  message: 'emotion must be between -2 and 2 (got 7)',
  file: 'examples/bad.yaml',
  line,
  column,
  endLine: line,
  endColumn,
  ...extra,
});
const plain = (d: Diagnostic, text: string) => formatDiagnostic(d, text, { color: false });

describe('colorEnabled', () => {
  it('follows the terminal when nothing is set', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
  });
  it('turns colour off for any non-empty NO_COLOR, and ignores an empty one', () => {
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: 'false' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, true)).toBe(true);
  });
  it('lets FORCE_COLOR win, except 0 and false, which turn colour off', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '' }, false)).toBe(false);
  });
  it('treats TERM=dumb as no colour', () => {
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
  });
});

describe('formatDiagnostic', () => {
  const source = ['title: x', 'stages:', '  - touchpoints:', '      - name: a', '        channel: website', '        emotion: 7', ''].join('\n');

  it('prints the header, the line before, the marked line and a caret (the README example)', () => {
    expect(plain(at(6, 18, 19), source)).toBe(
      [
        'examples/bad.yaml:6:18: error emotion-out-of-scale: emotion must be between -2 and 2 (got 7)',
        '  5 |         channel: website',
        '> 6 |         emotion: 7',
        '    |                  ^',
      ].join('\n'),
    );
  });

  it('widens the gutter for the line number and underlines the span with ~', () => {
    const text = `${'x: 1\n'.repeat(11)}thougth: hmm\n`;
    const d = at(12, 1, 8, { code: 'unknown-key', message: 'unknown key "thougth" in a touchpoint', hint: 'did you mean "thought"?' });
    expect(plain(d, text)).toBe(
      [
        'examples/bad.yaml:12:1: error unknown-key: unknown key "thougth" in a touchpoint',
        '  11 | x: 1',
        '> 12 | thougth: hmm',
        '     | ^~~~~~~',
        '  hint: did you mean "thought"?',
      ].join('\n'),
    );
  });

  it('has no line before on line 1, and says warning for warnings', () => {
    const out = plain(at(1, 8, 9, { severity: 'warning', code: 'x' }), 'title: y\n');
    expect(out.split('\n')).toEqual(['examples/bad.yaml:1:8: warning x: emotion must be between -2 and 2 (got 7)', '> 1 | title: y', '    |        ^']);
  });

  it('puts the caret under CJK text: full-width characters take two terminal columns', () => {
    // Column 14 is "I" of "IG": 10 ASCII characters, then 看到 (2 columns, 4 terminal cells) and a space.
    const text = 'stages:\n  - name: 看到 IG 廣告\n';
    const d = at(2, 14, 16);
    const lines = plain(d, text).split('\n');
    expect(lines[2]).toBe('> 2 |   - name: 看到 IG 廣告');
    expect(lines[3]).toBe(`    | ${' '.repeat(10 + 4 + 1)}^~`);
    // The caret sits in the same terminal column as "I" (counting 看 and 到 as two cells each).
    const markedCells = '> 2 | '.length + '  - name: '.length + 2 * 2 + 1;
    expect(lines[3]!.indexOf('^')).toBe(markedCells);
  });

  it('underlines a CJK span with two cells per character, and counts an emoji as one column', () => {
    const text = 'name: 😀 看到\n';
    const lines = plain(at(1, 9, 11), text).split('\n');
    expect(lines[2]).toBe(`    |${' '.repeat(1 + 6 + 2 + 1)}^~~~`);
  });

  it('keeps carets aligned after tabs by expanding them the same way on both lines', () => {
    const text = 'a: "x\ty"\n';
    const lines = plain(at(1, 7, 8), text).split('\n');
    expect(lines[1]).toBe('> 1 | a: "x    y"');
    expect(lines[2]!.indexOf('^')).toBe(lines[1]!.indexOf('y'));
  });

  it('ignores a byte order mark and CRLF line endings in the source text', () => {
    const text = '\uFEFFtitle: x\r\nemotion: 7\r\n';
    const out = plain(at(2, 10, 11), text);
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\uFEFF');
    expect(out.split('\n').slice(1)).toEqual(['  1 | title: x', '> 2 | emotion: 7', '    |          ^']);
  });

  it('never prints control characters or bidi overrides from the source raw', () => {
    const text = 'title: "\u001b[31mred\u202e"\n';
    const out = plain(at(1, 1, 6, { file: 'bad\u001b.yaml' }), text);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
    expect(out).toContain('\u241b[31mred\uFFFD');
  });

  it('cuts very long lines to a window around the caret', () => {
    const text = `key: [${Array.from({ length: 400 }, (_, i) => i).join(',')}, oops]\n`;
    const column = text.indexOf('oops') + 1;
    const lines = plain(at(1, column, column + 4), text).split('\n');
    expect(lines[1]!.length).toBeLessThan(100);
    expect(lines[1]).toContain('…');
    expect(lines[1]!.slice(lines[2]!.indexOf('^'), lines[2]!.indexOf('^') + 4)).toBe('oops');
  });

  it('shows the line before in full when the marked line is shorter', () => {
    const text = 'persona: {name: P, description: a longer line than the next one}\nx: 1\n';
    expect(plain(at(2, 1, 2), text).split('\n')[1]).toBe('  1 | persona: {name: P, description: a longer line than the next one}');
  });

  it('prints only the header when the line does not exist', () => {
    expect(plain(at(9, 1), 'a: 1\n')).toBe('examples/bad.yaml:9:1: error emotion-out-of-scale: emotion must be between -2 and 2 (got 7)');
  });

  it('underlines to the end of the line for a span that runs onto later lines', () => {
    const d = { ...at(1, 4), endLine: 3, endColumn: 1 };
    expect(plain(d, 'ab: cdef\nx\n').split('\n')[2]).toBe('    |    ^~~~~');
  });

  it('colours only when asked, whatever chalk would detect', () => {
    const d = at(6, 18, 19, { hint: 'h' });
    expect(formatDiagnostic(d, source, { color: true })).toMatch(/\u001b\[\d+m/);
    const colored = formatDiagnostic(d, source, { color: true }).replace(/\u001b\[\d+m/g, '');
    expect(colored).toBe(plain(d, source));
    expect(plain(d, source)).not.toContain('\u001b');
  });
});

describe('diagnosticsToJson', () => {
  it('is one JSON document with counts, fields in a stable order, and a trailing newline', () => {
    const json = diagnosticsToJson([at(6, 18, 19), at(1, 1, 1, { severity: 'warning', code: 'empty-stage', hint: 'h' })]);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json) as { diagnostics: Record<string, unknown>[]; errors: number; warnings: number };
    expect(parsed.errors).toBe(1);
    expect(parsed.warnings).toBe(1);
    expect(Object.keys(parsed)).toEqual(['diagnostics', 'errors', 'warnings']);
    expect(Object.keys(parsed.diagnostics[0]!)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    expect(parsed.diagnostics[1]).toMatchObject({ code: 'empty-stage', hint: 'h', severity: 'warning' });
  });

  it('reports zero of each for no diagnostics', () => {
    expect(JSON.parse(diagnosticsToJson([]))).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
  });
});
