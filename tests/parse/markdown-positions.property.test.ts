// Property: in any map that `cjm convert --to md` writes, every value under the stages is located at
// its own place in the file, not at the touchpoint, stage, item or mapping that holds it, so an error about it (an unknown
// persona, source, pain or lane, a bad severity, a score off the scale) points at the value itself.
// The specs (tests/helpers/specs.ts) hold every field: personas' own values, items with attributes,
// evidence, lane steps and custom lanes.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { toMarkdown } from '../../src/convert/index.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import type { DataPath } from '../../src/parse/source.js';
import { spec } from '../helpers/specs.js';

/** Every path under `stages` to a string or a number. */
function leaves(value: unknown, path: DataPath, out: DataPath[] = []): DataPath[] {
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) leaves(v, [...path, Array.isArray(value) ? Number(key) : key], out);
  } else out.push(path);
  return out;
}

const valueAt = (data: unknown, path: DataPath): unknown => path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], data);

describe('Markdown positions over generated maps', () => {
  it('locates every value apart from the field or heading that holds it', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { prepared } = prepare(stringify(s), { file: 'generated.yaml' });
        const md = toMarkdown(prepared!.journey);
        const { source, diagnostics } = parseMarkdown(md, 'generated.md');
        expect(diagnostics).toEqual([]);
        const data = source!.data as { stages: unknown };
        for (const path of leaves(data.stages, ['stages'])) {
          // The nearest mapping around the value (a list of ids written on one line is the value itself).
          let holder = path.slice(0, -1);
          while (Array.isArray(valueAt(data, holder))) holder = holder.slice(0, -1);
          const at = source!.locate(path);
          expect({ path, at }, md).not.toEqual({ path, at: source!.locate(holder) });
        }
      }),
      { numRuns: 100 },
    );
  });
});
