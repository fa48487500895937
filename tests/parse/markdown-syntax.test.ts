// Markdown syntax the reader follows as CommonMark (and GitHub) does, so a file means to cjm
// what it shows on GitHub.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';

type Data = { title?: string; stages: { name?: string; description?: string; pains?: string[]; touchpoints: Record<string, unknown>[] }[] };

function read(text: string): Data {
  const { source, diagnostics } = parseMarkdown(text, 'x.md');
  expect(diagnostics).toEqual([]);
  return source!.data as Data;
}

describe('Markdown syntax', () => {
  it('reads CRLF line endings and ignores a byte order mark', () => {
    const data = read('\uFEFF---\r\ntitle: T\r\n---\r\n## A\r\n### B\r\n- emotion: 1\r\n');
    expect(data.stages[0]?.touchpoints[0]).toEqual({ name: 'B', emotion: 1 });
  });

  it('reads setext headings (=== and ---) as GitHub shows them', () => {
    const data = read('Title\n=====\n\nStage\n-----\n\n### B\n');
    expect(data.title).toBe('Title');
    expect(data.stages[0]?.name).toBe('Stage');
  });

  it('continues a bullet on its following lines (lazy and indented)', () => {
    const data = read('# T\n## A\n### B\n- thought: one\n  two\nthree\n');
    expect(data.stages[0]?.touchpoints[0]?.thought).toBe('one two three');
  });

  it('nests by indentation: tabs, numbered lists, blank lines between items', () => {
    const data = read('# T\n## A\n### B\n- pains:\n\t1. one\n\n\t2. two\n- opportunity: three\n');
    expect(data.stages[0]?.touchpoints[0]).toMatchObject({ pains: ['one', 'two'], opportunities: ['three'] });
  });

  it('keeps fenced code verbatim as part of the description', () => {
    const data = read('# T\n## A\n\nIntro *as is*.\n\n```\n  - not a bullet\n## not a stage\n```\n\n### B\n');
    expect(data.stages[0]?.description).toBe('Intro *as is*.\n\n  - not a bullet\n## not a stage');
  });

  it('skips HTML comments, even over several lines, and thematic breaks', () => {
    const data = read('# T\n<!-- a\n## not a stage\n-->\n## A\n\n* * *\n\n### B\n<!-- c --> \n- when: now\n');
    expect(data.stages).toHaveLength(1);
    expect(data.stages[0]?.touchpoints[0]).toEqual({ name: 'B', when: 'now' });
  });

  it('unescapes backslashes and decodes JSON strings, in headings and values', () => {
    const data = read('# T\n## \\# not closing \\#\n### "  padded  " {#b}\n- thought: \\"kept\\" quotes\n- feeling: "two\\nlines"\n- pain: C:\\Users\\x\n');
    expect(data.stages[0]?.name).toBe('# not closing #');
    expect(data.stages[0]?.touchpoints[0]).toEqual({ name: '  padded  ', id: 'b', thought: '"kept" quotes', feeling: 'two\nlines', pains: ['C:\\Users\\x'] });
  });

  it('strips an ATX closing sequence and reads {#id}', () => {
    const data = read('# T #\n## Awareness ## {#awareness}\n### B ###\n');
    expect(data.title).toBe('T');
    expect(data.stages[0]).toMatchObject({ name: 'Awareness', id: 'awareness', touchpoints: [{ name: 'B' }] });
  });

  it('accepts bold keys, capitals and a full-width colon', () => {
    const data = read('# T\n## A\n### B\n- **Thought:** hmm\n- __when__: later\n- feeling：好奇\n- Emotion: 😐\n');
    expect(data.stages[0]?.touchpoints[0]).toEqual({ name: 'B', thought: 'hmm', when: 'later', feeling: '好奇', emotion: 0 });
  });

  it('turns metric numbers into numbers and keeps the rest as text', () => {
    const data = read('# T\n## A\n### B\n- metrics:\n  - CSAT: 3.9\n  - conversion: 12%\n  - "ratio: a/b": "5"\n  - NPS: -12\n');
    expect(data.stages[0]?.touchpoints[0]?.metrics).toEqual({ CSAT: 3.9, conversion: '12%', 'ratio: a/b': '5', NPS: -12 });
  });

  it('maps faces onto the declared scale, and leaves other words to validation', () => {
    const data = read('---\ntitle: T\nemotionScale: [0, 10]\n---\n## A\n### B\n- emotion: 🙁\n### C\n- emotion: ☹️\n### D\n- emotion: great\n');
    expect(data.stages[0]?.touchpoints.map((t) => t.emotion)).toEqual([2.5, 2.5, 'great']);
  });
});
