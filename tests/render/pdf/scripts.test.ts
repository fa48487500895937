// The built-in font follows the map's language: Japanese and Simplified Chinese maps draw every
// character (labels included) with no font installed and no --font.
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { notoScript } from '../../../src/render/pdf/fonts.js';
import { SKIP_POPPLER, fonts, tempPdf, text } from './poppler.js';

const map = (locale: string, names: string[]) =>
  [
    'title: T',
    `locale: ${locale}`,
    'stages:',
    '  - id: consideration',
    '    touchpoints:',
    ...names.map((n, i) => `      - {name: ${n}, emotion: ${i % 2 === 0 ? 1 : 2}}`),
    '',
  ].join('\n');

describe('built-in font by language', () => {
  it('picks TC, SC or JP from the language tag', () => {
    expect(['zh-Hant', 'zh-TW', 'zh-HK', 'en', 'ko', 'zh-Hans', 'zh-CN', 'zh', 'zh-SG', 'ja', 'ja-JP'].map(notoScript)).toEqual([
      'TC',
      'TC',
      'TC',
      'TC',
      'TC',
      'SC',
      'SC',
      'SC',
      'SC',
      'JP',
      'JP',
    ]);
  });

  for (const [locale, names, family] of [
    ['ja', ['検討する', '温泉に入る'], 'NotoSansJP'],
    ['zh-Hans', ['认识品牌', '购买会员'], 'NotoSansSC'],
  ] as const) {
    it(`${locale}: no missing glyph, embedded ${family}`, async () => {
      const result = await compile(map(locale, [...names]), { file: 'map.yaml', format: 'pdf' });
      expect(result.diagnostics.filter((d) => d.code === 'missing-glyph' || d.severity === 'error')).toEqual([]);
      if (SKIP_POPPLER) return;
      const file = tempPdf(result.outputs.pdf as Uint8Array);
      expect(fonts(file)).toContain(family);
      const drawn = text(file);
      for (const n of names) expect(drawn).toContain(n);
    });
  }
});
