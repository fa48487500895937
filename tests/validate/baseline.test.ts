// `baseline:` resolved in compile through an injected reader (no disk): errors at the baseline: line,
// the gap lint, rules: turning it off or up, and a baseline on another scale.
import { describe, expect, it } from 'vitest';
import { prepareWithBaseline } from '../../src/compile.js';
import type { CompileOptions } from '../../src/compile.js';
import { toMarkdown, toYaml } from '../../src/convert/index.js';

const spec = (lines: string[]): string => `${lines.join('\n')}\n`;
const current = spec([
  'title: Clinic now',
  'stages:',
  '  - id: book',
  '    touchpoints:',
  '      - id: call',
  '        name: Phone',
  '        emotion: -2',
  '        pains: [hold]',
  '      - id: desk',
  '        name: Desk',
  '        emotion: 1',
  '        opportunities: [smile]',
]);
const future = (head: string[], callScore: number | undefined): string =>
  spec([
    'title: Clinic next',
    ...head,
    'stages:',
    '  - id: book',
    '    touchpoints:',
    '      - id: call',
    '        name: Phone',
    ...(callScore === undefined ? [] : [`        emotion: ${callScore}`]),
    '        pains: [hold]',
    '      - id: desk',
    '        name: Desk',
    '        emotion: 1',
    '        opportunities: [smile]',
  ]);

const files: Record<string, string> = {
  '/maps/current.yaml': current,
  '/maps/bad.yaml': 'title: [\n',
  '/maps/cycle.yaml': spec(['baseline: ./future.yaml', ...current.trim().split('\n').slice(0)]),
  '/maps/five.yaml': current
    .replace('title: Clinic now', 'title: Five\nemotionScale: [1, 5]')
    .replace('emotion: -2', 'emotion: 1')
    .replace('emotion: 1\n        opportunities', 'emotion: 4\n        opportunities'),
};
const options: CompileOptions = {
  file: 'maps/future.yaml',
  cwd: '/',
  readBaseline: async (path) => {
    if (path in files) return files[path]!;
    throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  },
};
const run = (text: string) => prepareWithBaseline(text, options);
const codes = async (text: string) => (await run(text)).diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column }));

describe('baseline:', () => {
  it('resolves relative to the spec and compares by id', async () => {
    const { prepared, diagnostics } = await run(future(['baseline: ./current.yaml'], 1));
    expect(diagnostics).toEqual([]);
    expect(prepared?.baseline?.file).toBe('./current.yaml');
    expect(prepared?.baseline?.change.touchpoints.changed).toEqual([expect.objectContaining({ id: 'call', emotion: { from: -2, to: 1 } })]);
  });
  it('is an error at its line when missing, self, not a map, or a cycle', async () => {
    expect(await codes(future(['baseline: ./gone.yaml'], 1))).toEqual([{ code: 'baseline-unreadable', severity: 'error', line: 2, column: 11 }]);
    expect(await codes(future(['baseline: future.yaml'], 1))).toEqual([{ code: 'baseline-self', severity: 'error', line: 2, column: 11 }]);
    expect(await codes(future(['baseline: bad.yaml'], 1))).toEqual([{ code: 'baseline-not-a-map', severity: 'error', line: 2, column: 11 }]);
    expect(await codes(future(['baseline: notes.txt'], 1))).toEqual([{ code: 'baseline-not-a-map', severity: 'error', line: 2, column: 11 }]);
    expect(await codes(future(['baseline: cycle.yaml'], 1))).toEqual([{ code: 'baseline-cycle', severity: 'error', line: 2, column: 11 }]);
  });
  it('warns when a baseline valley scores no higher, naming the baseline line and score', async () => {
    const { diagnostics } = await run(future(['baseline: ./current.yaml'], -2));
    expect(diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual([{ code: 'baseline-valley-unanswered', line: 8, column: 9 }]);
    expect(diagnostics[0]?.message).toBe('touchpoint "Phone" was a valley in the baseline (./current.yaml:7, score −2) and scores no higher here');
    // Unscored now: pointed at the touchpoint's name.
    expect(await codes(future(['baseline: ./current.yaml'], undefined))).toContainEqual({
      code: 'baseline-valley-unanswered',
      severity: 'warning',
      line: 7,
      column: 9,
    });
  });
  it('rules: turns the check off or up', async () => {
    expect(await codes(future(['baseline: ./current.yaml', 'rules: {baseline-valley-unanswered: off}'], -2))).toEqual([]);
    expect(await codes(future(['baseline: ./current.yaml', 'rules: {baseline-valley-unanswered: error}'], -2))).toEqual([
      { code: 'baseline-valley-unanswered', severity: 'error', line: 9, column: 9 },
    ]);
  });
  it('takes the level from cjm.config.yaml rules unless the spec sets its own', async () => {
    const withConfig = async (text: string, level: 'off' | 'error') =>
      (await prepareWithBaseline(text, { ...options, rules: { 'baseline-valley-unanswered': level } })).diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
      }));
    expect(await withConfig(future(['baseline: ./current.yaml'], -2), 'off')).toEqual([]);
    expect(await withConfig(future(['baseline: ./current.yaml'], -2), 'error')).toEqual([{ code: 'baseline-valley-unanswered', severity: 'error' }]);
    expect(await withConfig(future(['baseline: ./current.yaml', 'rules: {baseline-valley-unanswered: warning}'], -2), 'off')).toEqual([
      { code: 'baseline-valley-unanswered', severity: 'warning' },
    ]);
  });
  it('compares a baseline on another scale after rescaling it', async () => {
    // five.yaml scores call 1 on [1, 5], i.e. −2 on [-2, 2]: a −1 now answers it.
    expect(await codes(future(['baseline: five.yaml'], -1))).toEqual([]);
  });
  it('round-trips through YAML and Markdown', async () => {
    const { prepared } = await run(future(['baseline: ./current.yaml', 'rules: {valley-without-pain: off}'], 1));
    const j = prepared!.journey;
    for (const text of [toYaml(j), toMarkdown(j)]) {
      const again = await prepareWithBaseline(text, { ...options, inputFormat: text.startsWith('---') ? 'md' : 'yaml' });
      expect(again.prepared?.journey).toEqual(j);
    }
  });
});
