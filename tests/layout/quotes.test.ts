// Thoughts and the persona's quote are drawn in quotation marks of the map's language, and a text
// its author already quoted is not wrapped a second time.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import { quoted, quotesFor } from '../../src/layout/context.js';
import type { SceneNode } from '../../src/layout/scene.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const texts = (nodes: readonly SceneNode[]): string[] =>
  nodes.flatMap((n) => (n.kind === 'text' ? [n.lines.map((l) => l.text).join('')] : n.kind === 'group' ? texts(n.children) : []));

describe('quotation marks', () => {
  it('are corner brackets in Japanese and Traditional Chinese, curly quotes in Simplified Chinese and English', () => {
    expect(quotesFor('ja')).toEqual(['「', '」']);
    expect(quotesFor('zh-Hant')).toEqual(['「', '」']);
    expect(quotesFor('zh-Hans')).toEqual(['“', '”']);
    expect(quotesFor('en')).toEqual(['“', '”']);
  });

  it('are not added twice to a text already in quotation marks', () => {
    expect(quoted('「休みたい」', 'ja')).toBe('「休みたい」');
    expect(quoted('"Fine."', 'en')).toBe('"Fine."');
    expect(quoted('“Fine.”', 'zh-Hant')).toBe('“Fine.”');
    expect(quoted('休みたい', 'ja')).toBe('「休みたい」');
    expect(quoted('"a', 'en')).toBe('“"a”');
  });

  it('appear once around a pre-quoted thought and persona quote in the drawn map', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1, { thought: '「楽しみ！」' }), touchpoint('b', -1, { thought: '遠い' })] }], {
      locale: 'ja',
      persona: { name: '由美', goals: [], needs: [], frustrations: [], quote: '「失敗したくない」' },
    });
    const drawn = texts(layout(j, analyse(j)).nodes).join('\n');
    expect(drawn).toContain('「楽しみ！」');
    expect(drawn).toContain('「遠い」');
    expect(drawn).toContain('「失敗したくない」');
    expect(drawn).not.toContain('「「');
  });
});
