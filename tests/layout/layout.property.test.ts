// Properties of any laid-out journey: text stays inside its box, boxes never overlap, and the curve
// passes exactly through every score without overshooting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { CircleNode, GroupNode, PathNode, RectNode, Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import type { Journey } from '../../src/model/journey.js';
import { DESCRIPTION_LINES } from '../../src/layout/metrics.js';
import { journeyArb } from '../helpers/journeys.js';

const EPS = 0.01;

function flatten(nodes: SceneNode[], out: SceneNode[] = []): SceneNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') flatten(n.children, out);
  }
  return out;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;

const CARD_ROLES = new Set(['touchpoint-card', 'pain', 'opportunity', 'frontstage', 'backstage', 'support', 'persona-card', 'hurts-card', 'legend-card', 'stage-header']);

function check(scene: Scene): void {
  const all = flatten(scene.nodes);
  const texts = all.filter((n): n is TextNode => n.kind === 'text');
  for (const t of texts) {
    for (const line of t.lines) {
      const left = t.anchor === 'start' ? line.x : t.anchor === 'middle' ? line.x - line.width / 2 : line.x - line.width;
      // A single grapheme wider than its box is the one allowed overflow; our boxes are wider than any glyph.
      expect(left, `"${line.text}" starts left of its box`).toBeGreaterThanOrEqual(t.box.x - EPS);
      expect(left + line.width, `"${line.text}" overflows its box`).toBeLessThanOrEqual(t.box.x + t.box.width + EPS);
      expect(line.y).toBeGreaterThan(t.box.y);
      expect(line.y).toBeLessThanOrEqual(t.box.y + t.box.height + EPS);
    }
    expect(t.box.x + t.box.width).toBeLessThanOrEqual(scene.width + EPS);
    expect(t.box.y + t.box.height).toBeLessThanOrEqual(scene.height + EPS);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      expect(overlaps(a.box, b.box), `text "${a.lines[0]?.text}" overlaps "${b.lines[0]?.text}"`).toBe(false);
    }
  }
  const cards = all.filter((n): n is RectNode => n.kind === 'rect' && CARD_ROLES.has(n.role ?? ''));
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      expect(overlaps(cards[i]!, cards[j]!), `${cards[i]!.role} overlaps ${cards[j]!.role}`).toBe(false);
    }
  }
  // Every text sits inside the card it was placed in (if any card contains its top-left corner).
  for (const t of texts) {
    const host = cards.find((c) => t.box.x >= c.x && t.box.x < c.x + c.width && t.box.y >= c.y && t.box.y < c.y + c.height);
    if (!host) continue;
    expect(t.box.x + t.box.width).toBeLessThanOrEqual(host.x + host.width + EPS);
    expect(t.box.y + t.box.height).toBeLessThanOrEqual(host.y + host.height + EPS);
  }
}

function checkCurve(scene: Scene, scores: number[]): void {
  const all = flatten(scene.nodes);
  const points = all.filter((n): n is CircleNode => n.kind === 'circle' && n.role === 'curve-point');
  expect(points).toHaveLength(scores.length);
  const curve = all.find((n): n is PathNode => n.kind === 'path' && n.role === 'curve');
  if (scores.length < 2) {
    expect(curve).toBeUndefined();
    return;
  }
  expect(curve).toBeDefined();
  const ends = curve!.segments.flatMap((s) => (s.op === 'M' || s.op === 'C' ? [{ x: s.x, y: s.y }] : []));
  expect(ends.map((e) => [e.x, e.y])).toEqual(points.map((p) => [p.cx, p.cy]));
  // Higher score, higher on the page (smaller y); equal scores, equal heights.
  for (let i = 0; i < scores.length; i++) for (let j = 0; j < scores.length; j++) {
    if (scores[i]! > scores[j]!) expect(points[i]!.cy).toBeLessThan(points[j]!.cy);
    if (scores[i] === scores[j]) expect(points[i]!.cy).toBeCloseTo(points[j]!.cy, 6);
  }
  // Monotone: each Bézier stays within its segment's vertical range.
  let prev = ends[0]!;
  for (const s of curve!.segments) {
    if (s.op !== 'C') continue;
    const lo = Math.min(prev.y, s.y) - EPS;
    const hi = Math.max(prev.y, s.y) + EPS;
    for (const y of [s.y1, s.y2]) {
      expect(y).toBeGreaterThanOrEqual(lo);
      expect(y).toBeLessThanOrEqual(hi);
    }
    prev = { x: s.x, y: s.y };
  }
}

/** Every description is drawn (stage: under its header; touchpoint: in its column), clamped to a few lines. */
function checkDescriptions(scene: Scene, journey: Journey): void {
  const all = flatten(scene.nodes);
  const stageTexts = all.filter((n): n is TextNode => n.kind === 'text' && n.role === 'stage-description');
  expect(stageTexts).toHaveLength(journey.stages.filter((s) => s.description).length);
  const headers = all.filter((n): n is RectNode => n.kind === 'rect' && n.role === 'stage-header');
  for (const t of stageTexts) {
    expect(t.lines.length).toBeLessThanOrEqual(DESCRIPTION_LINES.stage);
    expect(headers.some((h) => t.box.x >= h.x && t.box.x + t.box.width <= h.x + h.width + EPS && t.box.y >= h.y && t.box.y + t.box.height <= h.y + h.height + EPS), 'a stage description inside its header').toBe(true);
  }
  for (const tp of journey.stages.flatMap((s) => s.touchpoints)) {
    const group = all.find((n): n is GroupNode => n.kind === 'group' && n.id === `tp-${tp.id}`)!;
    const drawn = flatten(group.children).filter((n): n is TextNode => n.kind === 'text' && n.role === 'touchpoint-description');
    expect(drawn, tp.id).toHaveLength(tp.description ? 1 : 0);
    for (const t of drawn) expect(t.lines.length).toBeLessThanOrEqual(DESCRIPTION_LINES.touchpoint);
  }
}

describe('layout properties', () => {
  it('random journeys: no overlap, no overflow, curve through every score', () => {
    fc.assert(
      fc.property(journeyArb, fc.constantFrom('light', 'dark', 'mono' as const), fc.boolean(), (journey, theme, compact) => {
        const analysis = analyse(journey);
        const scene = layout(journey, analysis, { theme, compact });
        check(scene);
        checkCurve(scene, analysis.curve.map((p) => p.emotion));
        checkDescriptions(scene, journey);
      }),
      { numRuns: 60 },
    );
  });

  it('compact maps (for the HTML page) leave out the title band, persona and valleys box but keep the legend', () => {
    fc.assert(fc.property(journeyArb, (journey) => {
      const roles = new Set(flatten(layout(journey, analyse(journey), { compact: true }).nodes).map((n) => n.role));
      for (const gone of ['title', 'persona-card', 'hurts-card', 'map-type']) expect(roles.has(gone), gone).toBe(false);
      expect(roles.has('legend-card')).toBe(true);
      expect(roles.has('stage-header')).toBe(true);
      const full = new Set(flatten(layout(journey, analyse(journey)).nodes).map((n) => n.role));
      expect(full.has('title') && full.has('hurts-card')).toBe(true);
    }), { numRuns: 15 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(journeyArb, (journey) => {
      const a = analyse(journey);
      expect(JSON.stringify(layout(journey, a))).toBe(JSON.stringify(layout(structuredClone(journey), analyse(structuredClone(journey)))));
    }), { numRuns: 15 });
  });
});
