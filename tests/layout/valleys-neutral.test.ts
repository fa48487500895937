// A valley is a low strictly below neutral (or at/below valleyThreshold): a map that never dips below
// neutral raises no alarm, since outside tooling styles the alarm classes (valley band, lowest label).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { analyse } from '../../src/analyse/index.js';
import { reportText } from '../../src/report/text.js';
import { channelName } from '../../src/i18n/channels.js';
import { canonicalLocale, labelsFor } from '../../src/i18n/labels.js';
import fc from 'fast-check';
import { layout } from '../../src/layout/index.js';
import { layoutOverview } from '../../src/layout/overview.js';
import type { SceneNode } from '../../src/layout/scene.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyArb } from '../helpers/journeys.js';

/** The journey with every score (each persona's too) raised to neutral when it was below. */
function atOrAboveNeutral(journey: Journey): Journey {
  const neutral = (journey.emotionScale[0] + journey.emotionScale[1]) / 2;
  const lift = (n: number): number => Math.max(n, neutral);
  const j = structuredClone(journey);
  for (const tp of j.stages.flatMap((s) => s.touchpoints)) {
    const e = tp.emotion;
    if (typeof e === 'number') tp.emotion = lift(e);
    else if (e) tp.emotion = Object.fromEntries(Object.entries(e).map(([id, n]) => [id, lift(n)]));
  }
  return j;
}
const ALARM_ROLES = new Set(['valley-band', 'lowest-label', 'valley-ring', 'valley-label', 'valley-label-box', 'valley-marker']);
const alarms = (nodes: readonly SceneNode[]): string[] =>
  nodes.flatMap((n) => (n.kind === 'group' ? alarms(n.children) : ALARM_ROLES.has(n.role ?? '') ? [n.role!] : []));

const map = (head: string, scores: number[]): string =>
  `title: 未來狀態\nlocale: zh-TW\ntype: future-state\n${head}stages:\n  - name: 預約\n    touchpoints:\n${scores.map((s, i) => `      - {name: 步驟${i}, channel: ${i === 0 ? 'line' : 'phone'}, emotion: ${s}}\n`).join('')}`;
const ALARMS = /class="[^"]*(valley-band|lowest-label|valley-ring|valley-label|valley-marker)/;

async function svgOf(text: string, options = {}): Promise<string> {
  const result = await compile(text, { file: 'm.yaml', ...options });
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  return String(result.outputs.svg);
}

describe('valleys you can trust', () => {
  it('a map whose scores are all at or above neutral has no valley band and no red alarm', async () => {
    for (const scores of [
      [1, 0, 2, 0, 1],
      [2, 1, 2, 1, 2],
    ]) {
      const svg = await svgOf(map('', scores));
      expect(svg).not.toMatch(ALARMS);
      expect(svg).not.toContain('最低點 0');
      expect(svg).not.toContain(labelsFor('zh-Hant').map.legendBand);
    }
  });
  it('no persona of any map whose scores are all at or above neutral gets a valley band or an alarm (property)', () => {
    fc.assert(
      fc.property(journeyArb, (generated) => {
        const journey = atOrAboveNeutral(generated);
        const analysis = analyse(journey);
        expect({
          valleys: analysis.valleys.length,
          perPersona: (analysis.personas ?? []).map((p) => p.valleys.length).filter((n) => n > 0),
          map: alarms(layout(journey, analysis).nodes),
          compact: alarms(layout(journey, analysis, { compact: true, theme: 'mono' }).nodes),
          overview: alarms(layoutOverview(journey, analysis).nodes),
        }).toEqual({ valleys: 0, perPersona: [], map: [], compact: [], overview: [] });
      }),
      { numRuns: 40 },
    );
  });
  it('valleyThreshold (spec, or cjm.config.yaml for maps without one) makes a low at or below it count', async () => {
    expect(await svgOf(map('valleyThreshold: 0\n', [1, 0, 2, 0, 1]))).toMatch(/class="[^"]*valley-band/);
    expect(await svgOf(map('', [1, 0, 2, 0, 1]), { valleyThreshold: 0 })).toMatch(/class="[^"]*lowest-label/);
    expect(await svgOf(map('valleyThreshold: -1\n', [1, 0, 2, 0, 1]), { valleyThreshold: 0 })).not.toMatch(ALARMS);
    const off = await compile(map('', [1, 0, 2]), { file: 'm.yaml', valleyThreshold: 3 });
    expect(off.diagnostics.map((d) => [d.code, d.severity])).toEqual([['threshold-out-of-scale', 'error']]);
  });
  it('rules turn journey-quality checks off or up; the spec wins over the config', async () => {
    const codes = async (head: string, rules = {}) =>
      (await compile(map(head, [1, -1, 2]), { file: 'm.yaml', rules })).diagnostics.map((d) => `${d.code}:${d.severity}`);
    expect(await codes('')).toEqual(['valley-without-pain:warning']);
    expect(await codes('rules: {valley-without-pain: off}\n')).toEqual([]);
    expect(await codes('', { 'valley-without-pain': 'error' })).toEqual(['valley-without-pain:error']);
    expect((await compile(map('', [1, -1, 2]), { file: 'm.yaml', rules: { 'valley-without-pain': 'error' } })).ok).toBe(false);
    expect(await codes('rules: {valley-without-pain: warning}\n', { 'valley-without-pain': 'off' })).toEqual(['valley-without-pain:warning']);
  });
  it('on a 1–5 scale scores carry their scale, so they cannot be read as ranks', async () => {
    const text = `title: T\nemotionScale: [1, 5]\nstages:\n  - name: S\n    touchpoints:\n      - {name: Verifies, emotion: 1, pains: [p], opportunities: [o]}\n      - {name: B, emotion: 4}\n      - {name: C, emotion: 2, pains: [p], opportunities: [o]}\n      - {name: D, emotion: 4}\n`;
    const svg = await svgOf(text);
    expect(svg).toContain('>1/5 Verifies<');
    expect(svg).toContain('Valley 2/5');
    expect(svg).toContain('Lowest point 1/5');
  });
});

describe('locales and channels people type', () => {
  it('maps aliases in any case onto the label locales', () => {
    expect(['zh-TW', 'zh-hk', 'zh_Hant_TW', 'zh-CN', 'ZH-SG', 'zh', 'ja-JP', 'en-US', 'en-GB', 'fr'].map(canonicalLocale)).toEqual([
      'zh-Hant',
      'zh-Hant',
      'zh-Hant',
      'zh-Hans',
      'zh-Hans',
      'zh-Hans',
      'ja',
      'en',
      'en',
      undefined,
    ]);
  });
  it('names channels without a registry readably, in the map locale', async () => {
    expect([
      channelName('line', 'zh-TW'),
      channelName('phone', 'zh-TW'),
      channelName('phone', 'zh-CN'),
      channelName('phone', 'en'),
      channelName('kiosk-x', 'ja'),
      channelName('constructor', 'en'),
    ]).toEqual(['LINE', '電話', '电话', 'Phone', 'Kiosk-x', 'Constructor']);
    const svg = await svgOf(map('', [1, -1, 2]));
    expect(svg).toContain('>LINE<');
    expect(svg).toContain('>電話<');
  });
  it('cjm report prints its headers in the map locale', async () => {
    const result = await compile(map('', [1, -1, 2]), { file: 'm.yaml', format: 'json' });
    const text = reportText(result.journey!, analyse(result.journey!), { color: false });
    expect(text).toMatch(/階段\s+平均\s+最低\s+最高\s+已評分\s+痛點\s+機會/);
    expect(text).not.toMatch(/\bavg\b/);
  });
});
