// The PDF back-end draws what layout decided: it imports nothing from src/text (measuring, wrapping)
// and does not ask pdfkit for string widths. Layout records every width the pager needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../../src/render/pdf');
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(DIR, f), 'utf8') }));

describe('render/pdf', () => {
  it('imports nothing from src/text and never measures a string', () => {
    expect(sources.length).toBeGreaterThan(5);
    const offending = sources.flatMap(({ file, text }) => [
      ...[...text.matchAll(/from\s+'([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((spec) => /(^|\/)text\//.test(spec))
        .map((spec) => `${file} imports ${spec}`),
      ...(/\b(widthOfString|heightOfString|layout\(|Measurer)\b/.test(text) ? [`${file} measures text`] : []),
    ]);
    expect(offending).toEqual([]);
  });

  it('spreads no unbounded array into Math.min/Math.max (a 70,000-line map would overflow the stack)', () => {
    const offending = sources.filter(({ text }) => /Math\.(min|max)\(\s*\.\.\./.test(text)).map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});
