// `cjm convert --to md` writes every field of richer maps (#14) in the Markdown syntax, and reads
// it back to the same model: personas' own values, pains and opportunities with attributes,
// evidence, lane steps, custom lanes, and the awkward texts that would read as syntax.
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { toMarkdown, toYaml } from '../../src/convert/index.js';
import type { Journey } from '../../src/model/journey.js';
import { TOUCHPOINT_KEYS } from '../../src/model/journey.js';
import { ITEM_ATTRIBUTES } from '../../src/parse/markdown/attributes.js';

const FIXTURE = new URL('../parse/markdown-fixtures/rich-zh.md', import.meta.url);

function journeyOf(text: string, file: string): Journey {
  const { prepared, diagnostics } = prepare(text, { file });
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  return prepared!.journey;
}

/** Markdown → model → Markdown → model, and → YAML → model: all the same model, and the Markdown stable. */
function roundTrip(journey: Journey): string {
  const md = toMarkdown(journey);
  const back = journeyOf(md, 'converted.md');
  expect(back).toEqual(journey);
  expect(journeyOf(toYaml(back), 'converted.yaml')).toEqual(journey);
  expect(toMarkdown(back)).toBe(md);
  return md;
}

describe('convert: the zh-Hant fixture with every new field', () => {
  const journey = journeyOf(readFileSync(FIXTURE, 'utf8'), 'rich-zh.md');

  it('uses every touchpoint field, every item attribute, values per persona and both lane forms', () => {
    const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
    const items = journey.stages.flatMap((s) => [...s.pains, ...s.opportunities, ...s.touchpoints.flatMap((t) => [...t.pains, ...t.opportunities])]);
    const used = (key: string) =>
      touchpoints.some((t) => {
        const v = (t as unknown as Record<string, unknown>)[key];
        return Array.isArray(v) ? v.length > 0 : v !== undefined;
      });
    // description, when, owner and metrics are older fields, covered by hand-zh.md
    expect(TOUCHPOINT_KEYS.filter((k) => !used(k))).toEqual(['description', 'when', 'owner', 'metrics']);
    for (const key of ['emotion', 'thought', 'feeling'] as const) expect(touchpoints.some((t) => typeof t[key] === 'object')).toBe(true);
    for (const key of new Set(Object.values(ITEM_ATTRIBUTES).flat()))
      expect(items.some((i) => (i as unknown as Record<string, unknown>)[key] !== undefined)).toBe(true);
    expect(touchpoints.some((t) => (t.backstage?.length ?? 0) > 1)).toBe(true);
    expect(touchpoints.some((t) => Object.values(t.lanes ?? {}).some((steps) => steps.length > 1))).toBe(true);
    expect(journey.lanes.map((l) => l.id)).toContain('owner');
    expect(journey.personas).toHaveLength(2);
    expect(journey.sources).toHaveLength(2);
  });

  it('converts to Markdown and back to the same model', () => {
    const md = roundTrip(journey);
    expect(md).toContain('- emotion:\n  - mom: 1 🙂\n  - grandpa: -1 🙁\n');
    expect(md).toContain('- pain: 現場掛號要排隊 {#queue severity=medium evidence=survey}\n');
    expect(md).toContain('  - 等了一個多小時 {#wait severity=high evidence=survey,interviews}\n');
    expect(md).toContain('{#push status=in-progress owner="門診 資訊組" link=https://example.org/tickets/812 addresses=wait,hearing}');
    expect(md).toContain('- evidence: survey, interviews\n');
    expect(md).toContain('- backstage:\n  - 排班系統確認名額\n  - 發送簡訊通知\n');
    // a lane named like a touchpoint key (owner) goes under `- lanes:`; the others are keys of their own
    expect(md).toContain('- kpi:\n  - 平均候診 68 分鐘\n  - 逾時率 22%\n- lanes:\n  - owner: 門診護理站\n');
    expect(md).toContain('- 系統: HIS 掛號模組\n');
  });
});

const base = (touchpoint: Record<string, unknown>, head: Record<string, unknown> = {}) =>
  journeyOf(
    stringify({
      title: 'T',
      personas: [
        { id: 'mom', name: 'Mom' },
        { id: 'kid', name: 'Kid' },
      ],
      sources: [{ id: 'survey', kind: 'survey' }],
      lanes: [{ id: 'kpi' }, { id: 'owner' }, { id: 'Channel' }],
      ...head,
      stages: [
        {
          id: 's',
          touchpoints: [
            { id: 'a', name: 'A', emotion: 1, ...touchpoint },
            { id: 'b', name: 'B', emotion: 0 },
          ],
        },
      ],
    }),
    'x.yaml',
  );

describe('convert: texts that would read as Markdown syntax', () => {
  it.each([
    ['a text ending in braces that look like attributes', { pains: ['x {#not-an-id}', '{#y}', 'a {b=c}', 'a \\{#b}'] }],
    ['braces that are plain text', { pains: ['使用 {name} 變數', '{}'], opportunities: ['{x}'] }],
    ['attribute values with spaces, quotes, braces and backslashes', { opportunities: [{ text: 't }', owner: 'a "b" {c}', link: 'x\\y', status: 'done' }] }],
    ['the texts `{}` and `[]` where they would mean empty', { thought: '{}', frontstage: '[]', lanes: { kpi: '[]', owner: ['[]', ''] } }],
    ['empty mappings and lists', { thought: {}, emotion: {}, backstage: [], lanes: { kpi: [], owner: [] } }],
    ['one step and a lane named like a key in any case', { support: 'x', lanes: { Channel: ['a', 'b'], owner: 'c' } }],
    ['values per persona with awkward text', { feeling: { mom: '"quoted"', kid: ' padded ' }, emotion: { kid: 0.5 } }],
  ])('%s', (_, touchpoint) => {
    roundTrip(base(touchpoint));
  });
});
