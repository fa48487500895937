// layoutSheets: the map laid out for paper. Pure geometry, checked on every example: each column
// whole on the sheets of exactly one column range, every lane of it on one of those sheets, every
// layer inside the printable area, text at the paper's minimum or larger.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/compile.js';
import { layoutSheets, MIN_TEXT_PT, PAPER_MARGIN, type Sheet } from '../../src/layout/sheets.js';
import { ROOT } from '../helpers/cli.js';

const EXAMPLES = join(ROOT, 'examples');
const specs = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The scene x ranges a sheet shows in its column layers (not the repeated lane labels, not a relabelled stage name). */
const columnClips = (s: Sheet) =>
  s.layers
    .filter((l) => !l.nodes && l.clip.x > 0)
    .map((l) => ({ from: l.clip.x - l.dx, to: l.clip.x + l.clip.width - l.dx, top: l.clip.y - l.dy, bottom: l.clip.y + l.clip.height - l.dy }));

describe('layoutSheets', () => {
  for (const spec of specs) {
    for (const paper of ['a4', 'a3', 'letter'] as const) {
      for (const portrait of [false, true]) {
        it(`${spec}, ${paper}${portrait ? ' portrait' : ''}: columns whole, every lane shown, inside the margins, readable`, () => {
          const { prepared } = prepare(readFileSync(join(EXAMPLES, spec), 'utf8'), { file: spec });
          const { scene, sheets, smallestText } = layoutSheets(prepared!.journey, prepared!.analysis, {}, { paper, portrait });
          expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 1e-9);
          const paging = scene.paging!;
          for (const col of paging.columns) {
            const showing = sheets.filter((s) => columnClips(s).some((c) => c.from <= col.x + 1e-6 && col.x + col.width <= c.to + 1e-6));
            const cutting = sheets.filter((s) =>
              columnClips(s).some((c) => c.from < col.x + col.width && c.to > col.x && !(c.from <= col.x + 1e-6 && col.x + col.width <= c.to + 1e-6)),
            );
            expect(showing.length, `column ${col.touchpoint} shown`).toBeGreaterThan(0);
            expect(cutting, `column ${col.touchpoint} never cut`).toEqual([]);
            for (const row of paging.rows) {
              const shown = showing.some((s) => columnClips(s).some((c) => c.from <= col.x && c.top <= row.y + 1e-6 && row.y + row.height <= c.bottom + 1e-6));
              expect(shown, `lane at y=${row.y} of column ${col.touchpoint}`).toBe(true);
            }
          }
          for (const s of sheets) {
            for (const l of s.layers) {
              expect(s.originX + (l.clip.x + l.clip.width) * s.scale).toBeLessThanOrEqual(s.width - PAPER_MARGIN + 1e-6);
              expect(s.originY + (l.clip.y + l.clip.height) * s.scale).toBeLessThanOrEqual(s.height - PAPER_MARGIN + 1e-6);
            }
            expect(portrait ? s.height > s.width : s.width > s.height).toBe(true);
          }
        });
      }
    }
  }
});
