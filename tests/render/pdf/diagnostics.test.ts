// Problems found while drawing the PDF point into the spec: the `font:` line, and the first use of a
// character the font cannot draw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { tempDir } from '../../helpers/temp.js';

const where = (d: { code: string; line: number; column: number }) => ({ code: d.code, line: d.line, column: d.column });

describe('PDF diagnostics', () => {
  it('points a missing glyph warning at the character’s first use', async () => {
    const text = [
      'title: Menu',
      'stages:',
      '  - name: Order',
      '    touchpoints:',
      '      - {name: Reads the menu, emotion: 1}',
      '      - {name: Pays مرحبا, emotion: -1, pains: [slow], opportunities: [fast]}',
      '',
    ].join('\n');
    const result = await compile(text, { file: 'map.yaml', format: 'pdf' });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.code === 'missing-glyph').map(where)).toEqual([{ code: 'missing-glyph', line: 6, column: 21 }]);
  });

  it('points an unreadable spec font at its font: value, and makes no PDF', async () => {
    const dir = tempDir('cjm-pdf-diag-');
    const file = join(dir, 'map.yaml');
    const text = [
      'title: T',
      'font: fonts/none.ttf',
      'stages:',
      '  - name: S',
      '    touchpoints:',
      '      - {name: A, emotion: 1}',
      '      - {name: B, emotion: 2}',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const result = await compile(text, { file, format: 'pdf' });
    expect(result.ok).toBe(false);
    expect(result.outputs.pdf).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(where)).toEqual([{ code: 'font-unreadable', line: 2, column: 7 }]);
  });
});
