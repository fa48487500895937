// Persona lists: a goal that wraps continues under its first word, not back under the bullet.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { SceneNode, TextNode } from '../../src/layout/scene.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const textNodes = (nodes: readonly SceneNode[]): TextNode[] =>
  nodes.flatMap((n) => (n.kind === 'text' ? [n] : n.kind === 'group' ? textNodes(n.children) : []));

describe('persona lists', () => {
  const goal = 'Hand over every patient safely and get a real break at least once during a twelve-hour night shift, every single night';
  const j = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1, { pains: ['p'], opportunities: ['o'] })] }], {
    persona: { name: 'Priya', goals: [goal], needs: ['Orders she can trust'], frustrations: ['Alarms'], description: undefined, quote: undefined },
  });
  const nodes = textNodes(layout(j, analyse(j)).nodes);

  it('draws the bullet on its own, left of the item', () => {
    const item = nodes.find((n) => n.lines[0]?.text.startsWith('Hand over'))!;
    expect(item.lines.length).toBeGreaterThan(1);
    const bullet = nodes.find((n) => n.lines.length === 1 && n.lines[0]!.text === '•' && Math.abs(n.lines[0]!.y - item.lines[0]!.y) < 0.01)!;
    expect(bullet).toBeDefined();
    expect(bullet.lines[0]!.x).toBeLessThan(item.lines[0]!.x);
  });

  it('aligns wrapped lines with the first line, and keeps every word', () => {
    const item = nodes.find((n) => n.lines[0]?.text.startsWith('Hand over'))!;
    for (const line of item.lines) expect(line.x).toBe(item.lines[0]!.x);
    expect(
      item.lines
        .map((l) => l.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe(goal);
  });
});
