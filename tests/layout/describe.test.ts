// The accessible summary (SVG <desc>, HTML page intro) counts stages in good grammar.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const summary = (stages: number, locale = 'en'): string => {
  const j = journeyOf(
    Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, touchpoints: [touchpoint(`t${i}`, i % 2 ? 1 : -1)] })),
    { title: 'Coffee', locale },
  );
  return layout(j, analyse(j)).description;
};

describe('map summary', () => {
  it('says "1 stage", not "1 stages"', () => {
    expect(summary(1)).toMatch(/^Coffee: 1 stage: /);
    expect(summary(2)).toMatch(/^Coffee: 2 stages: /);
  });

  it('counts stages in every locale', () => {
    expect(summary(1, 'zh-Hant')).toMatch(/^Coffee：共 1 個階段：/);
    expect(summary(1, 'zh-Hans')).toMatch(/^Coffee：共 1 个阶段：/);
    expect(summary(3, 'ja')).toMatch(/^Coffee：3 ステージ：/);
  });

  it("opens with the map's own description, ended like a sentence", () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('t', 1)] }], { title: 'Coffee', description: 'A morning: from bed to desk' });
    expect(layout(j, analyse(j)).description).toMatch(/^A morning: from bed to desk\. Coffee: 1 stage: /);
    const zh = journeyOf([{ id: 's', touchpoints: [touchpoint('t', 1)] }], { title: '咖啡', locale: 'zh-Hant', description: '從起床到上班。' });
    expect(layout(zh, analyse(zh)).description).toMatch(/^從起床到上班。咖啡：共 1 個階段：/);
  });
});
