// Lanes and the intro band taller than a sheet (src/layout/flow.ts, used by layoutSheets): they
// continue on the next sheets, split between lines: never clipped, and never making the whole map
// smaller. Only a part with no place to split is drawn smaller, on a sheet of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { prepare } from '../../src/compile.js';
import { FlowRegion, flowRows } from '../../src/layout/flow.js';
import type { Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import { layoutSheets, MIN_TEXT_PT, type PaperSize } from '../../src/layout/sheets.js';
import type { Journey } from '../../src/model/journey.js';
import { ROOT } from '../helpers/cli.js';
import { journeyArb, journeyOf, pains, touchpoint } from '../helpers/journeys.js';
import { sheetText } from '../helpers/sheet-text.js';

const EXAMPLES = join(ROOT, 'examples');
const PAPERS: [PaperSize, boolean][] = [
  ['a4', false],
  ['a4', true],
  ['a3', false],
  ['letter', true],
];

function texts(nodes: readonly SceneNode[], out: TextNode[] = []): TextNode[] {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n);
    else if (n.kind === 'group') texts(n.children, out);
  }
  return out;
}

/** Lines of the node that no sheet shows whole, and lines shown more than once. */
function coverage(scene: Scene, shown: ReturnType<typeof sheetText>['shown'], node: TextNode) {
  const counts = node.lines.map((l, i) => (l.text.trim() === '' ? 1 : shown.filter((s) => s.node === node && s.line === i).length));
  return { missing: counts.filter((c) => c === 0).length, repeated: counts.filter((c) => c > 1).length, of: scene.title };
}

const longAction = (words: number): string => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
const longCjk = '每天都打電話問進度，卻一直沒有回音，只好再填一次表格。'.repeat(60);

describe('a lane taller than a sheet', () => {
  for (const [paper, portrait] of PAPERS) {
    for (const [script, text] of [
      ['Latin', longAction(600)],
      ['Chinese', longCjk],
    ] as const) {
      it(`continues over the next sheets at the readable size, split between lines (${script}, ${paper}${portrait ? ' portrait' : ''})`, () => {
        const tps = Array.from({ length: 12 }, (_, i) => touchpoint(`t${i}`, (i % 5) - 2, i === 1 ? { action: text } : { action: 'short' }));
        const j = journeyOf([
          { id: 's', touchpoints: tps.slice(0, 6) },
          { id: 'u', touchpoints: tps.slice(6) },
        ]);
        const { scene, sheets, smallestText, overflow } = layoutSheets(j, analyse(j), {}, { paper, portrait });
        expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 1e-9);
        const { shown, cut } = sheetText(scene, sheets);
        expect(cut.map((c) => `${c.sheet}: ${c.text}`)).toEqual([]);
        const node = texts(scene.nodes).find((n) => n.role === 'action' && n.lines.length > 20)!;
        expect(coverage(scene, shown, node)).toMatchObject({ missing: 0, repeated: 0 });
        // One report: the lane of touchpoint t1, over consecutive sheets; the other column ranges carry no blank overflow.
        expect(overflow).toHaveLength(1);
        expect(overflow[0]).toMatchObject({ part: 'action', touchpoint: 't1' });
        expect(overflow[0]!.sheets[1]).toBeGreaterThan(overflow[0]!.sheets[0]);
        expect(overflow[0]!.shrunkTo).toBeUndefined();
        // The lane's name is repeated on each sheet it continues on.
        const label = texts(scene.nodes).find((n) => n.role === 'lane-label' && n.lines[0]!.text === 'Action')!;
        const labelled = new Set(shown.filter((s) => s.node === label).map((s) => s.sheet));
        for (let s = overflow[0]!.sheets[0]; s <= overflow[0]!.sheets[1]; s += 1) expect(labelled.has(s), `sheet ${s} names the lane`).toBe(true);
      });
    }
  }
});

describe('an intro band taller than a sheet', () => {
  for (const [paper, portrait] of PAPERS) {
    it(`continues over the first sheets, every line whole once (${paper}${portrait ? ' portrait' : ''})`, () => {
      const goals = Array.from({ length: 70 }, (_, i) => `goal ${i}: arrange home care, transport and respite in one go, and know what each costs`);
      const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1)] }], {
        personas: [{ id: 'shu-fen', name: 'Shu-fen', goals, needs: [], frustrations: [] }],
      });
      const { scene, sheets, smallestText, overflow } = layoutSheets(j, analyse(j), {}, { paper, portrait });
      // A band whose cards cannot wrap narrower than the sheet is drawn a hair smaller (sheets.ts), never cut.
      expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 0.05);
      const { shown, cut } = sheetText(scene, sheets);
      expect(cut.map((c) => `${c.sheet}: ${c.text}`)).toEqual([]);
      for (const node of texts(scene.nodes).filter((n) => n.lines.some((l) => l.text.startsWith('goal ')))) {
        expect(coverage(scene, shown, node)).toMatchObject({ missing: 0, repeated: 0 });
      }
      expect(overflow).toEqual([{ part: 'intro', sheets: [1, expect.any(Number)] }]);
      expect(overflow[0]!.sheets[1]).toBeGreaterThan(1);
    });
  }
});

describe('examples on paper', () => {
  for (const spec of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    for (const paper of ['a4', 'a3', 'letter'] as const) {
      for (const portrait of [false, true]) {
        it(`${spec} ${paper}${portrait ? ' portrait' : ''}: no line of text cut, nothing over a sheet`, () => {
          const { prepared } = prepare(readFileSync(join(EXAMPLES, spec), 'utf8'), { file: spec });
          const { scene, sheets, overflow } = layoutSheets(prepared!.journey, prepared!.analysis, {}, { paper, portrait });
          expect(sheetText(scene, sheets).cut.map((c) => `${c.sheet}: ${c.text}`)).toEqual([]);
          expect(overflow).toEqual([]);
        });
      }
    }
  }
});

/** A journey with one touchpoint field, or the persona's goals, made far taller than any sheet. */
const tallJourney = fc
  .tuple(journeyArb, fc.constantFrom('action', 'thought', 'pains', 'goals'), fc.nat(), fc.constantFrom(longAction(500), longCjk))
  .map(([generated, field, pick, text]): Journey => {
    // A copy: fast-check may hand the same value to map again while shrinking.
    const j = structuredClone(generated);
    const all = j.stages.flatMap((s) => s.touchpoints);
    if (field === 'goals' || all.length === 0)
      return { ...j, personas: [{ id: 'p', name: 'P', goals: Array.from({ length: 40 }, () => text.slice(0, 120)), needs: [], frustrations: [] }] };
    const tp = all[pick % all.length]!;
    if (field === 'pains') tp.pains = pains(...Array.from({ length: 12 }, () => text.slice(0, 400)));
    else tp[field] = text;
    return j;
  });

describe('any journey on paper', () => {
  it('cuts no line of text across a sheet, and keeps the readable size unless something has no place to split', () => {
    fc.assert(
      fc.property(tallJourney, fc.constantFrom(...PAPERS), (j, [paper, portrait]) => {
        const { scene, sheets, smallestText, overflow } = layoutSheets(j, analyse(j), {}, { paper, portrait });
        // Across the sheet's top or bottom, never. (At a side only a stage's stage-wide cards, when the
        // stage alone is wider than a sheet: the README says so; the examples check sides too.)
        expect(
          sheetText(scene, sheets)
            .cut.filter((c) => c.across === 'y')
            .map((c) => `${c.sheet}: ${c.text}`),
        ).toEqual([]);
        if (overflow.every((o) => o.shrunkTo === undefined)) expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 0.05);
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});

describe('flowRows', () => {
  const rows = [
    { y: 0, height: 100 },
    { y: 100, height: 150, emotion: true },
    { y: 250, height: 1000 },
    { y: 1250, height: 50 },
  ];
  const anywhere = (top: number, limit: number) => (limit - top >= 48 ? limit : undefined);

  it('fills each sheet, repeats the emotion lane on every one, and splits only the lane taller than a sheet', () => {
    const sheets = flowRows(rows, 400, 500, anywhere);
    expect(sheets.map((s) => s.pieces.map((p) => [p.row, p.top, p.bottom]))).toEqual([
      [
        [0, 0, 100],
        [1, 100, 250],
        [2, 250, 400],
      ],
      [
        [1, 100, 250],
        [2, 400, 750],
      ],
      [
        [1, 100, 250],
        [2, 750, 1100],
      ],
      [
        [1, 100, 250],
        [2, 1100, 1250],
        [3, 1250, 1300],
      ],
    ]);
    expect(sheets.some((s) => s.oversize)).toBe(false);
  });

  it('gives a part with no place to split a sheet of its own, marked to be drawn smaller', () => {
    const sheets = flowRows(rows, 400, 500, () => undefined);
    const big = sheets.find((s) => s.pieces.some((p) => p.row === 2))!;
    expect(big.oversize).toBe(true);
    expect(big.pieces.map((p) => [p.row, p.top, p.bottom])).toEqual([
      [1, 100, 250],
      [2, 250, 1250],
    ]);
  });

  it('leaves the first sheet empty when nothing fits under what is above the lanes there', () => {
    expect(flowRows(rows, 20, 500, anywhere)[0]!.pieces).toEqual([]);
  });
});

describe('FlowRegion', () => {
  const line = (y: number): TextNode => ({
    kind: 'text',
    lines: [{ text: 'x', width: 10, x: 0, y }],
    fontSize: 10,
    lineHeight: 14.5,
    weight: 'normal',
    fill: '#000000',
    anchor: 'start',
    box: { x: 0, y: y - 10, width: 10, height: 14.5 },
  });
  const region = new FlowRegion(
    [line(110), line(124.5), line(139), { kind: 'rect', x: 0, y: 150, width: 10, height: 20 }, { kind: 'rect', x: 0, y: 0, width: 10, height: 500 }],
    () => true,
  );

  it('cuts between lines of text and past small drawings, never through them; a tall background does not count', () => {
    expect(region.cut(0, 200)).toBe(200);
    expect(region.cut(0, 160)).toBe(150); // inside the small rect: above it
    expect(region.cut(0, 138)).toBeCloseTo(129, 5); // inside the third line's ink: above it, below the second's
    expect(region.cut(0, 30)).toBeUndefined(); // less than a piece worth starting
  });

  it('prefers a place between two cards to one between two lines inside a card', () => {
    const card = (y: number): SceneNode => ({ kind: 'rect', x: 0, y, width: 10, height: 100 });
    const cards = new FlowRegion([card(0), line(20), line(34.5), card(110), line(130), line(144.5), line(159), line(173.5)], () => true);
    expect(cards.cut(0, 170)).toBe(110); // the second card stays whole on the next sheet
    expect(cards.cut(0, 60)).toBe(60); // the first card is taller than what is left: cut inside it, below its lines
  });
});
