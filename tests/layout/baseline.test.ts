// A map drawn against its baseline: the ghost curve in its own series group, deltas beside changed
// points, a new mark, stage averages before → after, the dropped note and the legend entries.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { diffJourneys } from '../../src/compare/diff.js';
import type { Baseline } from '../../src/compare/baseline.js';
import { layout } from '../../src/layout/index.js';
import type { Scene, SceneNode } from '../../src/layout/scene.js';
import { renderSvg } from '../../src/render/svg/index.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const walk = (nodes: SceneNode[]): SceneNode[] => nodes.flatMap((n) => (n.kind === 'group' ? [n, ...walk(n.children)] : [n]));
const texts = (scene: Scene, role: string): string[] =>
  walk(scene.nodes).flatMap((n) => (n.kind === 'text' && n.role === role ? [n.lines.map((l) => l.text).join('')] : []));

const old = journeyOf([
  { id: 'find', touchpoints: [touchpoint('ad', 1), touchpoint('call', -2, { pains: ['hold'] })] },
  { id: 'buy', touchpoints: [touchpoint('pay', 0), touchpoint('letter', -1)] },
]);
const now = journeyOf([
  { id: 'find', touchpoints: [touchpoint('ad', 1), touchpoint('call', 1, { pains: ['hold'] })] },
  { id: 'buy', touchpoints: [touchpoint('pay', -1), touchpoint('chat', 2)] },
]);

function baselineOf(before: Journey, after: Journey): Baseline {
  const a = analyse(before);
  return { file: 'old.yaml', journey: before, analysis: a, source: undefined as never, change: diffJourneys(before, after, a, analyse(after)) };
}

describe('layout with a baseline', () => {
  const scene = layout(now, analyse(now), { baseline: baselineOf(old, now) });
  it('draws the baseline curve in its own series group', () => {
    const series = walk(scene.nodes).find((n) => n.kind === 'group' && n.data?.series === 'baseline' && n.children.some((c) => c.role === 'baseline-curve'));
    expect(series && series.kind === 'group' ? series.children.map((c) => c.role) : []).toEqual([
      'baseline-curve',
      'baseline-curve-point',
      'baseline-curve-point',
      'baseline-curve-point',
    ]);
    const svg = renderSvg(scene);
    expect(svg).toContain('data-series="baseline"');
    expect(svg).toContain('class="cjm-baseline-curve"');
  });
  it('draws this map as a series too: its curve, points and valley marks in groups marked data-series="map"', () => {
    const groups = (id: string) =>
      walk(scene.nodes).filter((n): n is Extract<SceneNode, { kind: 'group' }> => n.kind === 'group' && n.role === 'series' && n.data?.series === id);
    const roles = (id: string) => groups(id).flatMap((g) => walk(g.children).map((c) => c.role));
    const map = roles('map');
    expect(map).toContain('curve');
    expect(map).toContain('curve-area');
    expect(map.filter((r) => r === 'curve-point')).toHaveLength(4);
    // No point of this map is drawn outside its series, and none of the baseline's inside it.
    const allPoints = walk(scene.nodes).filter((n) => n.role === 'curve-point');
    expect(allPoints).toHaveLength(4);
    expect(map).not.toContain('baseline-curve-point');
    expect(roles('baseline')).not.toContain('curve-point');
    // Legend: one row per series, this map first.
    const legendRows = groups('map')
      .concat(groups('baseline'))
      .filter((g) => walk(g.children).some((c) => c.kind === 'line'));
    expect(legendRows.map((g) => g.data?.series)).toEqual(['map', 'baseline']);
  });
  it('marks deltas and new touchpoints beside their points', () => {
    expect(texts(scene, 'delta')).toEqual(['▲ +3', '▼ −1']);
    expect(texts(scene, 'new-mark')).toEqual(['new']);
    // call was the baseline's lowest valley; letter was one too but is dropped (listed, not drawn).
    expect(texts(scene, 'valley-closed')).toEqual(['✓ valley closed']);
  });
  it('shows stage averages before → after and lists dropped touchpoints', () => {
    expect(texts(scene, 'stage-average')).toEqual(['−0.5 → +1 ▲ +1.5', '−0.5 → +0.5 ▲ +1']);
    expect(texts(scene, 'dropped')).toEqual(['Touchpoint letter (buy, −1)']);
  });
  it('explains both curves in the legend, and says when the baseline was rescaled', () => {
    const five: Journey = { ...structuredClone(old), emotionScale: [1, 5] };
    for (const s of five.stages) for (const tp of s.touchpoints) tp.emotion = ((tp.emotion as number | undefined) ?? 0) + 3;
    const rescaled = layout(now, analyse(now), { baseline: baselineOf(five, now) });
    const all = walk(rescaled.nodes).flatMap((n) => (n.kind === 'text' ? [n.lines.map((l) => l.text).join(' ')] : []));
    expect(all).toContain('This map');
    expect(all.some((t) => /^Baseline: Sample\s+\(rescaled\s+from\s+1\s+to\s+5\)$/.test(t))).toBe(true);
    // Same feelings on another scale: no deltas but the two real changes.
    expect(texts(rescaled, 'delta')).toEqual(['▲ +3', '▼ −1']);
  });
  it('draws nothing of the kind without a baseline', () => {
    const plain = layout(now, analyse(now));
    expect(texts(plain, 'delta')).toEqual([]);
    expect(renderSvg(plain)).not.toContain('cjm-baseline-curve');
  });
});
