// The page structure layout hands to paged back-ends (Scene.paging): columns, cuts, repeated parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { RectNode, Scene, SceneNode, SceneRole, TextNode } from '../../src/layout/scene.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyArb, journeyOf, touchpoint } from '../helpers/journeys.js';

function all(nodes: readonly SceneNode[], out: SceneNode[] = []): SceneNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') all(n.children, out);
  }
  return out;
}
const rects = (scene: Scene, role: SceneRole): RectNode[] => all(scene.nodes).filter((n): n is RectNode => n.kind === 'rect' && n.role === role);

/** Every way the page structure can disagree with the drawing; empty when it is right. */
function pagingProblems(journey: Journey, scene: Scene): string[] {
  const p = scene.paging;
  if (!p) return ['no paging'];
  const problems: string[] = [];
  const tps = journey.stages.flatMap((s) => s.touchpoints.map((tp) => tp.id));
  const covered = p.columns.flatMap((c) => (c.touchpoint ? [c.touchpoint] : []));
  if (JSON.stringify(covered) !== JSON.stringify(tps)) problems.push(`columns cover ${covered} not ${tps}`);
  // Each touchpoint's column is the x range its drawn column occupies.
  for (const g of all(scene.nodes)) {
    if (g.kind !== 'group' || g.role !== 'touchpoint') continue;
    const rect = g.children.find((c): c is RectNode => c.kind === 'rect' && c.role === 'touchpoint-column')!;
    const col = p.columns.find((c) => c.touchpoint === g.data?.touchpoint);
    if (!col || col.x !== rect.x || col.width !== rect.width) problems.push(`column of ${g.id} does not match its drawing`);
  }
  journey.stages.forEach((s, i) => {
    if (s.touchpoints.length === 0 && p.columns.filter((c) => c.stage === i).length !== 1) problems.push(`empty stage ${s.id} has no column`);
  });
  // Cuts: the gutter first, the right edge last, and in between only gaps between columns.
  if (p.cuts[0]?.x !== p.gutter || p.cuts.at(-1)?.x !== scene.width) problems.push('cuts do not run from the gutter to the right edge');
  if (p.cuts.length !== p.columns.length + 1) problems.push(`${p.cuts.length} cuts for ${p.columns.length} columns`);
  const bands = rects(scene, 'valley-band');
  p.cuts.forEach((cut, i) => {
    if (p.columns.some((c) => cut.x > c.x && cut.x < c.x + c.width)) problems.push(`cut ${i} at ${cut.x} goes through a column`);
    if (bands.some((b) => cut.x > b.x && cut.x < b.x + b.width)) problems.push(`cut ${i} at ${cut.x} goes through a valley band`);
    if (i > 0 && i < p.cuts.length - 1) {
      const [left, right] = [p.columns[i - 1]!, p.columns[i]!];
      if (!(left.x + left.width < cut.x && cut.x < right.x)) problems.push(`cut ${i} is not between columns ${i - 1} and ${i}`);
      if (cut.stage !== (left.stage !== right.stage)) problems.push(`cut ${i} stage flag is ${cut.stage}`);
    } else if (!cut.stage) problems.push(`end cut ${i} is not a stage boundary`);
  });
  // Repeated parts: the left column holds every lane label; each stage's label is the drawn one, on its bar.
  for (const t of all(scene.nodes))
    if (t.kind === 'text' && t.role === 'lane-label' && t.box.x + t.box.width > p.gutter) problems.push('a lane label crosses the gutter');
  const drawn = new Set(all(scene.nodes));
  const bars = rects(scene, 'stage-header');
  if (bars.some((b) => b.y !== p.headerRow.y || b.height !== p.headerRow.height)) problems.push('header row does not match the bars');
  p.stages.forEach((s, i) => {
    const label: TextNode | undefined = s.label;
    if (!label || !drawn.has(label)) problems.push(`stage ${i} label is not the drawn node`);
    else if (label.box.x < s.x || label.box.y < p.headerRow.y || label.box.y + label.box.height > p.headerRow.y + p.headerRow.height + 0.01)
      problems.push(`stage ${i} label is off its bar`);
  });
  return problems;
}

describe('Scene.paging', () => {
  it('marks columns, cuts and stage boundaries for a map with an empty stage', () => {
    const j = journeyOf([
      { id: 'a', touchpoints: [touchpoint('a1', 1), touchpoint('a2', -2, { pains: ['p'] })] },
      { id: 'b', touchpoints: [] },
      { id: 'c', touchpoints: [touchpoint('c1', 0), touchpoint('c2', 1), touchpoint('c3', 2)] },
    ]);
    const scene = layout(j, analyse(j));
    expect(pagingProblems(j, scene)).toEqual([]);
    const p = scene.paging!;
    expect(p.columns.map((c) => [c.stage, c.touchpoint ?? null])).toEqual([
      [0, 'a1'],
      [0, 'a2'],
      [1, null],
      [2, 'c1'],
      [2, 'c2'],
      [2, 'c3'],
    ]);
    expect(p.cuts.map((c) => c.stage)).toEqual([true, false, true, true, false, false, true]);
    expect(p.title).toBeDefined();
    expect(p.bodyTop).toBe(rects(scene, 'stage-header')[0]!.y);
  });

  it('has no title band to repeat on the compact map (the HTML page shows the title itself)', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('t', 1)] }]);
    expect(layout(j, analyse(j), { compact: true }).paging!.title).toBeUndefined();
  });

  it('agrees with the drawing for any journey', () => {
    const failures: string[] = [];
    fc.assert(
      fc.property(journeyArb, (j) => {
        const problems = pagingProblems(j, layout(j, analyse(j)));
        if (problems.length) failures.push(problems.join('; '));
      }),
      { numRuns: 25, seed: 9 },
    );
    expect(failures).toEqual([]);
  });
});
