// layoutSheets: the map laid out for paper. Pure geometry, checked on every example: each column
// whole on the sheets of exactly one column range, every lane of it on one of those sheets, every
// layer inside the printable area, text at the paper's minimum or larger.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { prepare } from '../../src/compile.js';
import { layoutSheets, MIN_TEXT_PT, PAPER_MARGIN, type Sheet } from '../../src/layout/sheets.js';
import { ROOT } from '../helpers/cli.js';
import { journeyArb, journeyOf, touchpoint } from '../helpers/journeys.js';

const EXAMPLES = join(ROOT, 'examples');
const specs = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The scene x ranges a sheet shows in its column layers (not the repeated lane labels, not a relabelled stage name). */
const columnClips = (s: Sheet) =>
  s.layers
    .filter((l) => !l.nodes && l.clip.x > 0)
    .map((l) => ({ from: l.clip.x - l.dx, to: l.clip.x + l.clip.width - l.dx, top: l.clip.y - l.dy, bottom: l.clip.y + l.clip.height - l.dy }));

/** How many layers show the notes under the map (the Sources card) whole: it must be one, never a part of it. */
const notesShown = (sheets: readonly Sheet[], notes: { x: number; y: number; width: number; height: number }): number =>
  sheets
    .flatMap((s) => s.layers)
    .filter((l) => {
      const [from, to, top, bottom] = [l.clip.x - l.dx, l.clip.x + l.clip.width - l.dx, l.clip.y - l.dy, l.clip.y + l.clip.height - l.dy];
      return from <= notes.x + 1e-6 && notes.x + notes.width <= to + 1e-6 && top <= notes.y + 1e-6 && notes.y + notes.height <= bottom + 1e-6;
    }).length;

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
          if (paging.notes) expect(notesShown(sheets, paging.notes), 'the Sources card, whole').toBe(1);
        });
      }
    }
  }

  it('a lane taller than a sheet continues on the next sheet at the readable size (flow.test.ts has the details)', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 0, { action: long }), touchpoint('b', -1)] }]);
    const { scene, sheets, smallestText, overflow } = layoutSheets(j, analyse(j), {}, { paper: 'a4' });
    expect(sheets.length).toBeGreaterThan(1);
    expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT.a4);
    expect(overflow).toMatchObject([{ part: 'action', touchpoint: 'a' }]);
    for (const col of scene.paging!.columns)
      expect(sheets.some((s) => columnClips(s).some((c) => c.from <= col.x && col.x + col.width <= c.to + 1e-6))).toBe(true);
  });

  it('a map of a few touchpoints, as wide as its persona band, prints on one portrait sheet at the readable size', () => {
    // The blank right of its columns (the map is as wide as the band above the stages) is not on the sheet.
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1)] }], {
      personas: [{ id: 'p', name: 'P', goals: ['a goal'], needs: [], frustrations: [] }],
    });
    const { sheets, smallestText } = layoutSheets(j, analyse(j), {}, { paper: 'a4', portrait: true });
    expect(sheets).toHaveLength(1);
    expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT.a4);
  });

  it('lays out any journey for paper without throwing, every column on a sheet', () => {
    fc.assert(
      fc.property(journeyArb, fc.constantFrom('a4', 'a3', 'letter' as const), fc.boolean(), (j, paper, portrait) => {
        const { scene, sheets } = layoutSheets(j, analyse(j), {}, { paper, portrait });
        for (const col of scene.paging!.columns) {
          if (!sheets.some((s) => columnClips(s).some((c) => c.from <= col.x + 1e-6 && col.x + col.width <= c.to + 1e-6))) return false;
        }
        if (scene.paging!.notes && notesShown(sheets, scene.paging!.notes) !== 1) return false;
        return sheets.length > 0;
      }),
      { numRuns: 40, seed: 12 },
    );
  });
});
