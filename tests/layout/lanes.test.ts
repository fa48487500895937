// Which lanes a map draws and in which order: the classic service-blueprint order, then the map's
// own lanes in declared order; blueprint steps as a list, one step per line.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { GroupNode, Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

function flatten(nodes: readonly SceneNode[], out: SceneNode[] = []): SceneNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') flatten(n.children, out);
  }
  return out;
}

/** Lane labels and blueprint lines, top to bottom. */
function laneOrder(scene: Scene): string[] {
  return flatten(scene.nodes)
    .filter((n): n is TextNode => n.kind === 'text' && (n.role === 'lane-label' || n.role === 'blueprint-line-label'))
    .sort((a, b) => a.box.y - b.box.y)
    .map((t) => t.lines.map((l) => l.text).join(' '));
}

const draw = (j: Journey): Scene => layout(j, analyse(j));

const blueprint = (extra: Partial<Journey> = {}, locale = 'en'): Journey =>
  journeyOf(
    [
      {
        id: 's',
        touchpoints: [
          touchpoint('a', 1, {
            action: 'Checks in',
            physicalEvidence: ['Key card', 'Lobby sign'],
            frontstage: ['Greets', 'Hands over the key'],
            backstage: 'Assigns the room',
            support: ['PMS', 'Key encoder'],
            lanes: { kpi: ['Under 2 min'], staff: ['Night auditor'] },
          }),
          touchpoint('b', 0, { frontstage: 'Says goodbye', lanes: { staff: ['Porter', ' '] } }),
        ],
      },
    ],
    {
      type: 'service-blueprint',
      locale,
      lanes: [
        { id: 'staff', label: 'Staff' },
        { id: 'unused', label: 'Never filled' },
        { id: 'kpi', label: 'kpi' },
      ],
      ...extra,
    },
  );

describe('lanes', () => {
  it('draws the blueprint lanes in the classic order, custom lanes after them in declared order', () => {
    expect(laneOrder(draw(blueprint()))).toEqual([
      'Touchpoint',
      'Emotion',
      'Physical evidence',
      'Action',
      'Line of interaction',
      'Frontstage',
      'Line of visibility',
      'Backstage',
      'Line of internal interaction',
      'Support processes',
      'Staff',
      'kpi',
    ]);
  });

  it("labels physical evidence in the map's locale; custom lanes keep their declared label", () => {
    const order = laneOrder(draw(blueprint({}, 'zh-Hant')));
    expect(order).toContain('實體證據');
    expect(order.slice(-2)).toEqual(['Staff', 'kpi']);
    expect(laneOrder(draw(blueprint({}, 'ja')))).toContain('物的証拠');
    expect(laneOrder(draw(blueprint({}, 'zh-Hans')))).toContain('实体证据');
  });

  it('physical evidence alone puts customer actions under it, with no line of interaction', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1, { action: 'Reads the sign', physicalEvidence: 'A sign' })] }]);
    expect(laneOrder(draw(j))).toEqual(['Touchpoint', 'Emotion', 'Physical evidence', 'Action']);
  });

  it('draws several steps as a bulleted list, one step per text, and one step as plain text', () => {
    const scene = draw(blueprint());
    const column = (id: string) =>
      flatten(flatten(scene.nodes).find((n): n is GroupNode => n.kind === 'group' && n.id === `tp-${id}`)?.children ?? []).filter(
        (n): n is TextNode => n.kind === 'text',
      );
    const texts = column('a').map((t) => t.lines.map((l) => l.text).join(' '));
    expect(texts).toEqual(expect.arrayContaining(['Greets', 'Hands over the key', 'Assigns the room', 'PMS', 'Key encoder', 'Under 2 min']));
    const bullets = column('a').filter((t) => t.lines[0]?.text === '•');
    // Two evidence, two frontstage, two support steps; backstage and the one-step custom lanes have none.
    expect(bullets).toHaveLength(6);
    // Each step starts on a line of its own, below the one before.
    const greets = column('a').find((t) => t.lines[0]?.text === 'Greets')!;
    const hands = column('a').find((t) => t.lines[0]?.text === 'Hands over the key')!;
    expect(hands.box.y).toBeGreaterThanOrEqual(greets.box.y + greets.box.height);
    expect(hands.box.x).toBe(greets.box.x);
    // A blank step is left out: "Porter" alone, without a bullet.
    expect(column('b').filter((t) => t.lines[0]?.text === '•')).toHaveLength(0);
    expect(column('b').map((t) => t.lines[0]?.text)).toContain('Porter');
  });

  it('a custom lane named like an Object key (constructor) is only drawn where a touchpoint fills it', () => {
    const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1, { lanes: { other: ['x'] } })] }], {
      lanes: [
        { id: 'constructor', label: 'Constructor' },
        { id: 'other', label: 'Other' },
      ],
    });
    expect(laneOrder(draw(j))).toEqual(['Touchpoint', 'Emotion', 'Other']);
  });
});
