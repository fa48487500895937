// The missing-glyph warning points where the author can act: the first drawn use of any missing
// character (not a YAML comment), or the locale: line when only cjm's own labels need them.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { compile } from '../../../src/compile.js';

const TC_FONT = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');

const where = (d: { code: string; line: number; column: number }) => ({ code: d.code, line: d.line, column: d.column });
const glyphWarning = async (text: string, file = 'map.yaml', fontPath?: string) =>
  (await compile(text, { file, format: 'pdf', ...(fontPath ? { fontPath } : {}) })).diagnostics.filter((d) => d.code === 'missing-glyph').map(where);

describe('missing-glyph place', () => {
  it('skips YAML comments', async () => {
    const text = [
      '# مرحبا, a note for the team',
      'title: Menu',
      'stages:',
      '  - name: Order',
      '    touchpoints:',
      '      - {name: Reads the menu, emotion: 1}',
      '      - {name: Pays مرحبا, emotion: -1, pains: [slow], opportunities: [fast]}',
      '',
    ].join('\n');
    expect(await glyphWarning(text)).toEqual([{ code: 'missing-glyph', line: 7, column: 21 }]);
  });

  it('points at locale: when only the built-in labels need the characters', async () => {
    // Noto Sans TC (brought here with --font) lacks the Japanese form 検 of 檢 used in the label for "consideration".
    const text = [
      'title: Menu',
      'locale: ja',
      'stages:',
      '  - id: consideration',
      '    touchpoints:',
      '      - {name: A, emotion: 1}',
      '      - {name: B, emotion: 2}',
      '',
    ].join('\n');
    expect(await glyphWarning(text, 'map.yaml', TC_FONT)).toEqual([{ code: 'missing-glyph', line: 2, column: 9 }]);
    // With the built-in fonts a Japanese map is drawn in Noto Sans JP, which has it.
    expect(await glyphWarning(text)).toEqual([]);
  });
});
