// The Markdown reader: hand-written maps give the same spec data as their YAML twins, and every
// part of that data can be located in the Markdown file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { compile } from '../../src/compile.js';

const DIR = 'tests/parse/markdown-fixtures/';
const fixture = (name: string) => readFileSync(new URL(`markdown-fixtures/${name}`, import.meta.url), 'utf8');

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The 1-based column, in code points, where `needle` starts on line `line` of `text`. */
const columnOf = (text: string, line: number, needle: string) => {
  const at = text.split('\n')[line - 1] ?? '';
  return [...at.slice(0, at.indexOf(needle))].length + 1;
};

describe('parseMarkdown: hand-written maps', () => {
  for (const name of ['hand-zh', 'hand-en', 'rich-zh']) {
    it(`${name}.md reads as the same data as ${name}.yaml`, () => {
      const md = parseMarkdown(fixture(`${name}.md`), `${name}.md`);
      const yaml = parseYaml(fixture(`${name}.yaml`), `${name}.yaml`);
      expect(md.diagnostics).toEqual([]);
      expect(yaml.diagnostics).toEqual([]);
      expect(md.source?.format).toBe('md');
      expect(md.source?.data).toEqual(yaml.source?.data);
    });
  }

  for (const name of ['hand-zh', 'hand-en', 'rich-zh']) {
    it(`${name}.md compiles to the same model and SVG as ${name}.yaml`, async () => {
      const md = await compile(fixture(`${name}.md`), { file: `${DIR}${name}.md`, format: 'svg' });
      const yaml = await compile(fixture(`${name}.yaml`), { file: `${DIR}${name}.yaml`, format: 'svg' });
      expect(md.ok).toBe(true);
      expect(md.journey).toEqual(yaml.journey);
      expect(md.outputs.svg).toBe(yaml.outputs.svg);
      // the same warnings (lint), each pointing into its own file
      expect(md.diagnostics.map((d) => d.code)).toEqual(yaml.diagnostics.map((d) => d.code));
    });
  }

  it('keeps prose paragraphs as the description, joining wrapped CJK lines without a space', () => {
    const data = parseMarkdown(fixture('hand-zh.md'), 'x.md').source?.data as { stages: { description: string }[] };
    expect(data.stages[0]?.description).toBe('從一則廣告開始注意到品牌，但還不信任「天然」的說法。');
  });
});

describe('parseMarkdown: positions', () => {
  const text = fixture('hand-zh.md');
  const source = parseMarkdown(text, 'hand-zh.md').source!;

  it('locates front matter fields on their own lines', () => {
    expect(source.locate(['persona', 'name'])).toMatchObject({ line: lineOf(text, 'name: 小芳'), column: 9 });
    expect(source.locate(['channels', 'line', 'color'])).toMatchObject({ line: lineOf(text, 'line: { label') });
    expect(source.locate(['timescale'], 'key')).toMatchObject({ line: lineOf(text, 'timescale:'), column: 1 });
  });

  it('locates stages, touchpoints, names and ids at their headings', () => {
    const stageLine = lineOf(text, '## 考慮');
    expect(source.locate(['stages', 1])).toMatchObject({ line: stageLine, column: 1 });
    expect(source.locate(['stages', 1, 'name'])).toEqual({ line: stageLine, column: 4, endLine: stageLine, endColumn: 6 });
    // columns count code points: "## 考慮 {#" is 8 of them
    expect(source.locate(['stages', 1, 'id'])).toEqual({ line: stageLine, column: 9, endLine: stageLine, endColumn: 22 });
    expect(source.locate(['stages', 1, 'touchpoints', 1])).toMatchObject({ line: lineOf(text, '### 看官網成分頁') });
    // a path with nothing recorded falls back to the nearest ancestor
    expect(source.locate(['stages', 1, 'touchpoints'])).toMatchObject({ line: stageLine });
  });

  it('locates bullet values and keys, list items and metrics', () => {
    const tp = ['stages', 1, 'touchpoints', 0];
    const thought = lineOf(text, '**thought:**');
    expect(source.locate([...tp, 'thought'])).toMatchObject({ line: thought, column: 16 });
    expect(source.locate([...tp, 'thought'], 'key')).toEqual({ line: thought, column: 5, endLine: thought, endColumn: 12 });
    const emotion = lineOf(text, 'emotion: 😣');
    expect(source.locate([...tp, 'emotion'])).toEqual({ line: emotion, column: 12, endLine: emotion, endColumn: 13 });
    expect(source.locate([...tp, 'pains', 1])).toMatchObject({ line: lineOf(text, '真人客服隔天'), column: 9 });
    expect(source.locate([...tp, 'opportunities', 1])).toMatchObject({ line: lineOf(text, '轉真人時'), column: 5 });
    const metric = lineOf(text, '加好友後封鎖率');
    expect(source.locate([...tp, 'metrics', '加好友後封鎖率'], 'key')).toEqual({ line: metric, column: 5, endLine: metric, endColumn: 12 });
    expect(source.locate([...tp, 'metrics', '加好友後封鎖率'])).toEqual({ line: metric, column: 14, endLine: metric, endColumn: 17 });
  });

  it('locates a description made of several paragraphs from the first to the last', () => {
    const span = source.locate(['stages', 1, 'touchpoints', 0, 'description']);
    expect(span).toMatchObject({ line: lineOf(text, '自動回覆只丟了'), endLine: lineOf(text, '她決定明天') });
  });

  it('locates a title written as a # heading', () => {
    const en = fixture('hand-en.md');
    const line = lineOf(en, '# Free trial');
    expect(parseMarkdown(en, 'x.md').source?.locate(['title'])).toEqual({ line, column: 3, endLine: line, endColumn: 24 });
  });
});

describe('parseMarkdown: positions of the fields of richer maps', () => {
  const text = fixture('rich-zh.md');
  const source = parseMarkdown(text, 'rich-zh.md').source!;
  const booking = ['stages', 0, 'touchpoints', 0];
  const waiting = ['stages', 1, 'touchpoints', 0];

  it('locates a value per persona at its id and its value', () => {
    const line = lineOf(text, 'grandpa: -1 🙁');
    expect(source.locate([...booking, 'emotion', 'grandpa'], 'key')).toEqual({ line, column: 5, endLine: line, endColumn: 12 });
    expect(source.locate([...booking, 'emotion', 'grandpa'])).toMatchObject({ line, column: 14 });
    expect(source.locate([...booking, 'thought', 'mom'])).toMatchObject({ line: lineOf(text, 'mom: 還好'), column: 10 });
  });

  it('locates each attribute of a pain or an opportunity, and each id of a list', () => {
    const line = lineOf(text, '等了一個多小時');
    // "  - 等了一個多小時 {#" is 14 code points
    expect(source.locate([...waiting, 'pains', 1, 'id'])).toEqual({ line, column: 15, endLine: line, endColumn: 19 });
    expect(source.locate([...waiting, 'pains', 1, 'severity'], 'key')).toMatchObject({ line, column: 20 });
    expect(source.locate([...waiting, 'pains', 1, 'text'])).toEqual({ line, column: 5, endLine: line, endColumn: 12 });
    const push = lineOf(text, '叫號同步推播');
    expect(source.locate([...waiting, 'opportunities', 0, 'addresses', 1])).toMatchObject({ line: push, column: columnOf(text, push, 'hearing}') });
    expect(source.locate([...waiting, 'opportunities', 0, 'owner'])).toMatchObject({ line: push, column: columnOf(text, push, '"門診') });
    const evidence = lineOf(text, '- evidence: survey, interviews');
    expect(source.locate([...booking, 'evidence', 1])).toEqual({ line: evidence, column: 21, endLine: evidence, endColumn: 31 });
    expect(source.locate([...waiting, 'evidence', 1])).toMatchObject({ line: lineOf(text, '  - interviews'), column: 5 });
  });

  it('locates lane steps and custom lanes', () => {
    expect(source.locate([...booking, 'backstage', 1])).toMatchObject({ line: lineOf(text, '發送簡訊通知'), column: 5 });
    expect(source.locate([...booking, 'lanes', '系統'], 'key')).toMatchObject({ line: lineOf(text, '- 系統:'), column: 3 });
    expect(source.locate([...waiting, 'lanes', 'kpi', 1])).toMatchObject({ line: lineOf(text, '逾時率'), column: 10 });
    expect(source.locate([...waiting, 'lanes', 'owner'], 'key')).toMatchObject({ line: lineOf(text, '  - owner: 門診護理站'), column: 5 });
  });
});
