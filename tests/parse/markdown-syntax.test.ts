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

describe('Markdown syntax of richer maps', () => {
  const touchpoint = (bullets: string, front = '') => read(`---\ntitle: T\n${front}---\n## A\n### B\n${bullets}`).stages[0]?.touchpoints[0];

  it('reads a value per persona from a nested list, with faces, bold ids and full-width colons', () => {
    expect(touchpoint('- emotion:\n  - mom: -1\n  - **阿公**：😣\n  - p.1: 1 🙂\n- feeling:\n  - mom：累\n')).toEqual({
      name: 'B',
      emotion: { mom: -1, 阿公: -2, 'p.1': 1 },
      feeling: { mom: '累' },
    });
  });

  it('reads `{}` as an empty mapping and a value on the bullet as one for every persona', () => {
    expect(touchpoint('- thought: {}\n- feeling: \\{}\n- emotion: 🙂\n')).toEqual({ name: 'B', thought: {}, feeling: '{}', emotion: 1 });
  });

  it('reads evidence separated by commas (ASCII, full-width, 、) or as a nested list', () => {
    expect(touchpoint('- evidence: a, b，c、d\n')?.evidence).toEqual(['a', 'b', 'c', 'd']);
    expect(touchpoint('- evidence:\n  - a\n  - b, c\n')?.evidence).toEqual(['a', 'b', 'c']);
  });

  it('reads attributes in braces after a pain or an opportunity', () => {
    const t = touchpoint(
      '- pain: 等太久 {#wait Severity=high evidence=survey,interviews}\n- opportunities:\n  - 叫號推播 {id=push status=planned owner="門診 資訊組" link=https://x.org/1 addresses=wait}\n  - plain\n',
    );
    expect(t?.pains).toEqual([{ text: '等太久', id: 'wait', severity: 'high', evidence: ['survey', 'interviews'] }]);
    expect(t?.opportunities).toEqual([
      { text: '叫號推播', id: 'push', status: 'planned', owner: '門診 資訊組', link: 'https://x.org/1', addresses: ['wait'] },
      'plain',
    ]);
  });

  it('keeps braces that are not attributes as text', () => {
    expect(touchpoint('- pains:\n  - 使用 {name} 變數\n  - a \\{#b}\n  - x{#y}\n  - {}\n  - "two  spaces " {#s}\n')?.pains).toEqual([
      '使用 {name} 變數',
      'a {#b}',
      'x{#y}',
      '{}',
      { text: 'two  spaces ', id: 's' },
    ]);
  });

  it('reads blueprint lanes as one text or several steps, repeated bullets adding steps', () => {
    expect(touchpoint('- physicalEvidence: 收據\n- FRONTSTAGE:\n  - 掛號\n  - 批價\n- backstage: a\n- backstage: b\n- support: []\n')).toEqual({
      name: 'B',
      physicalEvidence: '收據',
      frontstage: ['掛號', '批價'],
      backstage: ['a', 'b'],
      support: [],
    });
  });

  it('reads a declared lane by its id (any script, case as a fallback), and under `- lanes:`', () => {
    const front = 'lanes: [{id: kpi}, {id: 指標}, {id: owner}]\n';
    expect(touchpoint('- KPI: 38%\n- 指標:\n  - a\n  - b\n- owner: team\n- lanes:\n  - owner: x\n  - owner: y\n', front)).toEqual({
      name: 'B',
      owner: 'team',
      lanes: { kpi: '38%', 指標: ['a', 'b'], owner: ['x', 'y'] },
    });
  });
});
