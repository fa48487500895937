// The starter maps of `cjm init`: they build with no errors or warnings, cover the five classic
// stages and a persona, and the YAML and Markdown forms are the same map.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { DEFAULT_STAGE_IDS } from '../../src/model/schema.js';
import { STARTER_LOCALES, starterMap } from '../../src/init/index.js';
import { labelsFor } from '../../src/i18n/labels.js';

describe('starter maps', () => {
  for (const locale of STARTER_LOCALES) {
    it(`${locale}: YAML and Markdown build cleanly into the same map and SVG`, async () => {
      const yaml = await compile(starterMap('yaml', locale), { file: 'journey.yaml', format: 'svg' });
      const md = await compile(starterMap('md', locale), { file: 'journey.md', format: 'svg' });
      expect(yaml.diagnostics).toEqual([]);
      expect(md.diagnostics).toEqual([]);
      expect(md.journey).toEqual(yaml.journey);
      expect(md.outputs.svg).toBe(yaml.outputs.svg);
      expect(yaml.journey?.stages.map((s) => s.id)).toEqual([...DEFAULT_STAGE_IDS]);
      expect(yaml.journey?.personas[0]?.goals.length).toBeGreaterThan(0);
      expect(yaml.journey?.locale).toBe(locale);
      // Stage names written out in the starter are the ones cjm would give them in that language.
      expect(yaml.journey?.stages.map((s) => s.name)).toEqual(Object.values(labelsFor(locale).stages));
    });

    it(`${locale}: every field of a touchpoint is explained in a comment`, () => {
      for (const format of ['yaml', 'md'] as const) {
        const text = starterMap(format, locale);
        for (const field of [
          'channel',
          'when',
          'action',
          'thought',
          'feeling',
          'emotion',
          'owner',
          'metrics',
          'frontstage',
          'backstage',
          'support',
          'emotionScale',
          'timescale',
          'locale',
          'type',
          'channels',
          'font',
        ]) {
          expect(text, `${format}: ${field}`).toContain(field);
        }
      }
    });
  }

  // Each starter is written in its own script and punctuation, not copied from a neighbour: Japanese
  // and Traditional Chinese quote with 「」, Simplified Chinese with “” (as quotesFor draws thoughts).
  const TRADITIONAL_ONLY = /[這個們時為與從說會對據顧關選寫標題點誌於種階隊]/;
  const SIMPLIFIED_ONLY = /[这个们时为与从说会对据顾关选写标题点阶队]/;
  const KANA = /[\u3041-\u30ff]/;

  it('zh-Hans is in simplified characters with “” quotation marks', () => {
    for (const format of ['yaml', 'md'] as const) {
      const text = starterMap(format, 'zh-Hans');
      expect(text, format).not.toMatch(TRADITIONAL_ONLY);
      expect(text, format).not.toMatch(KANA);
      expect(text, format).not.toMatch(/[「」]/);
    }
    expect(starterMap('md', 'zh-Hans')).toContain('每个“##”标题是一个阶段');
  });

  it('zh-Hant is in traditional characters, ja in Japanese, both with 「」', () => {
    for (const format of ['yaml', 'md'] as const) {
      expect(starterMap(format, 'zh-Hant'), format).not.toMatch(SIMPLIFIED_ONLY);
      expect(starterMap(format, 'ja'), format).toMatch(KANA);
      expect(starterMap(format, 'ja'), format).not.toMatch(/[“”]/);
    }
    expect(starterMap('md', 'ja')).toContain('「##」見出しがステージ');
  });
});
