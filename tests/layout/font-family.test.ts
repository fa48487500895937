// A map names its own region's CJK fonts first, so a browser draws Japanese and Simplified Chinese
// in their own character forms (検 not 檢-style forms, 说 not 說-style forms).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import { FONT_FAMILY, fontFamilyFor } from '../../src/layout/metrics.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const familyOf = (locale: string): string => {
  const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1)] }], { locale });
  return layout(j, analyse(j)).fontFamily;
};

describe('font stack per locale', () => {
  it('puts Japanese fonts first for ja, Simplified Chinese fonts first for zh-Hans', () => {
    expect(familyOf('ja')).toMatch(/^"Noto Sans JP", "Noto Sans CJK JP"/);
    expect(familyOf('zh-Hans')).toMatch(/^"Noto Sans SC", "Noto Sans CJK SC"/);
  });

  it('keeps the Traditional Chinese stack for zh-Hant and English, and the fallbacks for all', () => {
    expect(familyOf('zh-Hant')).toBe(FONT_FAMILY);
    expect(familyOf('en')).toBe(FONT_FAMILY);
    for (const locale of ['ja', 'zh-Hans']) expect(fontFamilyFor(locale).endsWith(FONT_FAMILY)).toBe(true);
  });
});
