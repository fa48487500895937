// Properties of any laid-out journey: text stays inside its box, boxes never overlap, and the curve
// passes exactly through every score without overshooting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, curvesOf } from '../../src/analyse/index.js';
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

const CARD_ROLES = new Set([
  'touchpoint-card',
  'pain',
  'opportunity',
  'physical-evidence',
  'frontstage',
  'backstage',
  'support',
  'custom-lane',
  'persona-card',
  'hurts-card',
  'legend-card',
  'sources-card',
  'stage-header',
  // Valley pills: several personas' at one touchpoint are stacked, never on top of one another.
  'valley-label-box',
  'lowest-label',
]);

// Each check returns the problems it finds, so a generated case makes one expect() (hundreds of
// thousands of passing expect() calls made this test slow without making it stricter).
function check(scene: Scene): string[] {
  const problems: string[] = [];
  const all = flatten(scene.nodes);
  const texts = all.filter((n): n is TextNode => n.kind === 'text');
  for (const t of texts) {
    for (const line of t.lines) {
      const left = t.anchor === 'start' ? line.x : t.anchor === 'middle' ? line.x - line.width / 2 : line.x - line.width;
      // A single grapheme wider than its box is the one allowed overflow; our boxes are wider than any glyph.
      if (left < t.box.x - EPS) problems.push(`"${line.text}" starts left of its box`);
      if (left + line.width > t.box.x + t.box.width + EPS) problems.push(`"${line.text}" overflows its box`);
      if (!(line.y > t.box.y) || line.y > t.box.y + t.box.height + EPS) problems.push(`"${line.text}" baseline ${line.y} is outside its box`);
    }
    if (t.box.x + t.box.width > scene.width + EPS || t.box.y + t.box.height > scene.height + EPS) problems.push(`"${t.lines[0]?.text}" leaves the scene`);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (overlaps(a.box, b.box)) problems.push(`text "${a.lines[0]?.text}" overlaps "${b.lines[0]?.text}"`);
    }
  }
  const cards = all.filter((n): n is RectNode => n.kind === 'rect' && CARD_ROLES.has(n.role ?? ''));
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      if (overlaps(cards[i]!, cards[j]!)) problems.push(`${cards[i]!.role} overlaps ${cards[j]!.role}`);
    }
  }
  // Every text sits inside the card it was placed in (if any card contains its top-left corner).
  for (const t of texts) {
    const host = cards.find((c) => t.box.x >= c.x && t.box.x < c.x + c.width && t.box.y >= c.y && t.box.y < c.y + c.height);
    if (!host) continue;
    if (t.box.x + t.box.width > host.x + host.width + EPS || t.box.y + t.box.height > host.y + host.height + EPS)
      problems.push(`"${t.lines[0]?.text}" leaves its ${host.role}`);
  }
  return problems;
}

/** The nodes of one series: everything inside the groups marked data-series with its id. */
const seriesNodes = (scene: Scene, id: string): SceneNode[] =>
  flatten(scene.nodes)
    .filter((n): n is GroupNode => n.kind === 'group' && n.data?.series === id)
    .flatMap((g) => flatten(g.children));

function checkCurve(scene: Scene, seriesId: string, scores: number[]): string[] {
  const problems: string[] = [];
  const all = seriesNodes(scene, seriesId);
  const points = all.filter((n): n is CircleNode => n.kind === 'circle' && n.role === 'curve-point');
  if (points.length !== scores.length) return [`${points.length} curve points for ${scores.length} scores`];
  const curve = all.find((n): n is PathNode => n.kind === 'path' && n.role === 'curve');
  if (scores.length < 2) return curve ? ['a curve through fewer than two scores'] : [];
  if (!curve) return ['no curve'];
  const ends = curve.segments.flatMap((s) => (s.op === 'M' || s.op === 'C' ? [{ x: s.x, y: s.y }] : []));
  if (JSON.stringify(ends.map((e) => [e.x, e.y])) !== JSON.stringify(points.map((p) => [p.cx, p.cy])))
    problems.push('the curve does not pass through every point');
  // Higher score, higher on the page (smaller y); equal scores, equal heights.
  for (let i = 0; i < scores.length; i++)
    for (let j = 0; j < scores.length; j++) {
      if (scores[i]! > scores[j]! && !(points[i]!.cy < points[j]!.cy))
        problems.push(`score ${scores[i]} (point ${i}) is not above score ${scores[j]} (point ${j})`);
      if (scores[i] === scores[j] && Math.abs(points[i]!.cy - points[j]!.cy) > 1e-6) problems.push(`equal scores at points ${i} and ${j} differ in height`);
    }
  // Monotone: each Bézier stays within its segment's vertical range.
  let prev = ends[0]!;
  for (const s of curve.segments) {
    if (s.op !== 'C') continue;
    const lo = Math.min(prev.y, s.y) - EPS;
    const hi = Math.max(prev.y, s.y) + EPS;
    if ([s.y1, s.y2].some((y) => y < lo || y > hi)) problems.push(`the segment ending at x=${s.x} overshoots`);
    prev = { x: s.x, y: s.y };
  }
  return problems;
}

/** With several personas: each curve is marked with its persona, each has a legend entry, each a card of its own colour. */
function checkPersonas(scene: Scene, journey: Journey): string[] {
  if (journey.personas.length < 2) return [];
  const problems: string[] = [];
  const all = flatten(scene.nodes);
  const marked = new Set(all.flatMap((n) => (n.kind === 'group' && n.data?.persona !== undefined ? [n.data.persona] : [])));
  const scored = new Set(curvesOf(analyse(journey)).flatMap((c) => (c.curve.length > 1 ? [c.personaId] : [])));
  for (const p of journey.personas) if (scored.has(p.id) && !marked.has(p.id)) problems.push(`no data-persona for ${p.id}`);
  const legend = all.filter((n): n is TextNode => n.kind === 'text').map((t) => t.lines.map((l) => l.text).join(''));
  for (const p of journey.personas) if (!legend.some((t) => t.includes(p.name.slice(0, 1)))) problems.push(`${p.id} is named nowhere`);
  const cards = all.filter((n) => n.kind === 'rect' && n.role === 'persona-card').length;
  const accents = new Set(all.flatMap((n) => (n.kind === 'line' && n.role === 'persona-accent' ? [`${n.stroke}${n.dash?.join(',') ?? ''}`] : [])));
  if (cards > 0 && (cards !== journey.personas.length || accents.size !== journey.personas.length))
    problems.push(`${cards} persona cards and ${accents.size} distinct accents for ${journey.personas.length} personas`);
  return problems;
}

/** Every description is drawn (stage: inside its header; touchpoint: in its column), clamped to a few lines. */
function checkDescriptions(scene: Scene, journey: Journey): string[] {
  const problems: string[] = [];
  const all = flatten(scene.nodes);
  const stageTexts = all.filter((n): n is TextNode => n.kind === 'text' && n.role === 'stage-description');
  const described = journey.stages.filter((s) => s.description).length;
  if (stageTexts.length !== described) problems.push(`${stageTexts.length} stage descriptions drawn, ${described} given`);
  const headers = all.filter((n): n is RectNode => n.kind === 'rect' && n.role === 'stage-header');
  for (const t of stageTexts) {
    if (t.lines.length > DESCRIPTION_LINES.stage) problems.push(`stage description of ${t.lines.length} lines`);
    const inside = headers.some(
      (h) => t.box.x >= h.x && t.box.x + t.box.width <= h.x + h.width + EPS && t.box.y >= h.y && t.box.y + t.box.height <= h.y + h.height + EPS,
    );
    if (!inside) problems.push(`stage description "${t.lines[0]?.text}" outside its header`);
  }
  for (const tp of journey.stages.flatMap((s) => s.touchpoints)) {
    const group = all.find((n): n is GroupNode => n.kind === 'group' && n.id === `tp-${tp.id}`);
    const drawn = flatten(group?.children ?? []).filter((n): n is TextNode => n.kind === 'text' && n.role === 'touchpoint-description');
    if (drawn.length !== (tp.description ? 1 : 0)) problems.push(`${tp.id}: ${drawn.length} descriptions drawn`);
    for (const t of drawn) if (t.lines.length > DESCRIPTION_LINES.touchpoint) problems.push(`${tp.id}: description of ${t.lines.length} lines`);
  }
  return problems;
}

/** Blueprint and custom lanes: one card per touchpoint that fills the lane, one text per step, lanes in the documented order. */
function checkLanes(scene: Scene, journey: Journey): string[] {
  const problems: string[] = [];
  const all = flatten(scene.nodes);
  for (const tp of journey.stages.flatMap((s) => s.touchpoints)) {
    const group = all.find((n): n is GroupNode => n.kind === 'group' && n.id === `tp-${tp.id}`);
    const inside = flatten(group?.children ?? []);
    const lanes: [string, string[] | undefined][] = [
      ['physical-evidence', tp.physicalEvidence],
      ['frontstage', tp.frontstage],
      ['backstage', tp.backstage],
      ['support', tp.support],
      ...journey.lanes.map((l): [string, string[] | undefined] => ['custom-lane', tp.lanes && Object.hasOwn(tp.lanes, l.id) ? tp.lanes[l.id] : undefined]),
    ];
    let above = -Infinity;
    const cards = inside.filter((n): n is RectNode => n.kind === 'rect' && lanes.some(([role]) => role === n.role));
    const filled = lanes.filter(([, steps]) => steps?.length);
    if (cards.length !== filled.length) problems.push(`${tp.id}: ${cards.length} lane cards for ${filled.length} filled lanes`);
    filled.forEach(([role, steps], i) => {
      const card = cards[i];
      if (card?.role !== role) {
        problems.push(`${tp.id}: lane card ${i} is ${card?.role}, not ${role}`);
        return;
      }
      if (!(card.y > above)) problems.push(`${tp.id}: ${role} is not below the lane before it`);
      above = card.y;
      // Each step is its own text (a list), its first line inside the card; a single step has no bullet.
      const texts = inside.filter(
        (n): n is TextNode => n.kind === 'text' && n.box.y >= card.y && n.box.y < card.y + card.height && n.box.x >= card.x && n.box.x < card.x + card.width,
      );
      const expected = steps!.length === 1 ? 1 : steps!.length * 2;
      if (texts.length !== expected) problems.push(`${tp.id}: ${role} card holds ${texts.length} texts for ${steps!.length} steps`);
    });
  }
  return problems;
}

describe('layout properties', () => {
  it('random journeys: no overlap, no overflow, curve through every score', () => {
    fc.assert(
      fc.property(journeyArb, fc.constantFrom('light', 'dark', 'mono' as const), fc.boolean(), (journey, theme, compact) => {
        const analysis = analyse(journey);
        const scene = layout(journey, analysis, { theme, compact });
        // Every curve: the map's one, or each persona's (its series marked data-persona).
        const curves = curvesOf(analysis).flatMap((c) =>
          checkCurve(
            scene,
            c.personaId === undefined ? 'map' : `persona-${c.personaId}`,
            c.curve.map((p) => p.emotion),
          ).map((problem) => `${c.personaId ?? 'map'}: ${problem}`),
        );
        expect([...check(scene), ...curves, ...checkPersonas(scene, journey), ...checkDescriptions(scene, journey), ...checkLanes(scene, journey)]).toEqual([]);
      }),
      // 100 cases: every theme with and without compact about 15 times each, a few seconds in all.
      { numRuns: 100 },
    );
  });

  it('compact maps (for the HTML page) leave out the title band, persona and valleys box but keep the legend', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const roles = new Set<string | undefined>(flatten(layout(journey, analyse(journey), { compact: true }).nodes).map((n) => n.role));
        const full = new Set<string | undefined>(flatten(layout(journey, analyse(journey)).nodes).map((n) => n.role));
        expect({
          compactLeavesOut: ['title', 'persona-card', 'hurts-card', 'map-type'].filter((role) => roles.has(role)),
          compactKeeps: ['legend-card', 'stage-header'].filter((role) => roles.has(role)),
          fullHas: ['title', 'hurts-card'].filter((role) => full.has(role)),
        }).toEqual({ compactLeavesOut: [], compactKeeps: ['legend-card', 'stage-header'], fullHas: ['title', 'hurts-card'] });
      }),
      { numRuns: 15 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const a = analyse(journey);
        expect(JSON.stringify(layout(journey, a))).toBe(JSON.stringify(layout(structuredClone(journey), analyse(structuredClone(journey)))));
      }),
      { numRuns: 15 },
    );
  });
});
