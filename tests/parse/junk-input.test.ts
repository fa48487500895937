// Input that is not a map at all, or barely: a binary or UTF-16 file gets one not-text error at its
// first NUL; yaml's syntax messages stay short, lower-case, and one per real mistake.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/parse/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const where = (d: Diagnostic) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column });
const problems = (text: string, file = 'map.yaml') => parseSource(text, { file }).diagnostics.map(where);

/** What Node's readFile(path, 'utf8') gives for the first bytes of a PNG. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x3a, 0x20, 0x7b]).toString('utf8');
const UTF16LE = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title: T\nstages: []\n', 'utf16le')]).toString('utf8');

describe('not-text', () => {
  it('stops a binary file at its first NUL, with one error, in YAML and Markdown', () => {
    expect(problems(PNG)).toEqual([{ code: 'not-text', severity: 'error', line: 3, column: 1 }]);
    expect(problems(PNG, 'map.md')).toEqual([{ code: 'not-text', severity: 'error', line: 3, column: 1 }]);
    expect(parseSource(PNG, { file: 'map.yaml' }).diagnostics[0]?.message).toMatch(/not a text file/);
  });

  it('recognises UTF-16 and says to save it as UTF-8', () => {
    const [d] = parseSource(UTF16LE, { file: 'map.yaml' }).diagnostics;
    expect(d).toMatchObject({ code: 'not-text', line: 1, column: 4, hint: 'save it as UTF-8' });
    expect(d?.message).toMatch(/UTF-16/);
  });

  it('leaves text alone, escaped NULs and U+FFFD included', () => {
    expect(problems('title: "a\\0b"\nstages:\n  - id: a\n    touchpoints: []\n')).toEqual([]);
    expect(problems('title: a\uFFFDb\nstages:\n  - id: a\n    touchpoints: []\n')).toEqual([]);
  });
});

describe('yaml-syntax on junk', () => {
  it('keeps messages short even when yaml quotes a huge token', () => {
    const junk = `a: 1\n]${'x'.repeat(5000)}\n`;
    const diagnostics = parseSource(junk, { file: 'map.yaml' }).diagnostics;
    expect(diagnostics.some((d) => d.message.includes('xxxx'))).toBe(true);
    for (const d of diagnostics) expect([...d.message].length).toBeLessThanOrEqual(160);
  });
});

describe('yaml-syntax wording and tabs', () => {
  it('reports a tab in the indentation once, without the misreadings it causes on that line', () => {
    const text = 'title: T\nstages:\n  - id: a\n    touchpoints:\n      - name: A\n\t  - name: B\n';
    const found = parseSource(text, { file: 'map.yaml' }).diagnostics.map((d) => ({ code: d.code, line: d.line }));
    expect(found).toEqual([{ code: 'yaml-tab-indent', line: 6 }]);
  });

  it('starts messages in lower case, even a one-letter first word, but keeps acronyms', () => {
    // yaml says "A block sequence may not be used as an implicit map key".
    const [d] = parseSource('a:\n b\n- c: d\n', { file: 'map.yaml' }).diagnostics;
    expect(d?.message).toBe('a block sequence may not be used as an implicit map key');
  });
});
