// Pains and opportunities with weight on the map: severity sets the emphasis, a done opportunity
// reads as done, owner and link appear as small text, cited sources as raised footnote numbers
// matching the Sources card, which lists every source with its kind in the map's language.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { GroupNode, RectNode, SceneNode, TextNode } from '../../src/layout/scene.js';
import type { Journey } from '../../src/model/journey.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const flat = (nodes: readonly SceneNode[]): SceneNode[] => nodes.flatMap((n) => (n.kind === 'group' ? [n, ...flat(n.children)] : [n]));
const texts = (nodes: readonly SceneNode[]): TextNode[] => flat(nodes).filter((n): n is TextNode => n.kind === 'text');
const textOf = (n: TextNode): string => n.lines.map((l) => l.text).join('');
/** The card (rect) whose box holds the text node that starts with `start`, and that text. */
function cardOf(nodes: readonly SceneNode[], role: string, start: string): { card: RectNode; text: TextNode } {
  const text = texts(nodes).find((t) => textOf(t).startsWith(start))!;
  const card = flat(nodes).find(
    (n): n is RectNode => n.kind === 'rect' && n.role === role && text.box.x >= n.x && text.box.y >= n.y && text.box.y < n.y + n.height,
  )!;
  return { card, text };
}
/** Texts drawn inside a card. */
const inside = (nodes: readonly SceneNode[], card: RectNode): TextNode[] =>
  texts(nodes).filter((t) => t.box.x >= card.x && t.box.x < card.x + card.width && t.box.y >= card.y && t.box.y < card.y + card.height);

function sample(locale = 'en'): Journey {
  return journeyOf(
    [
      {
        id: 's',
        touchpoints: [
          touchpoint('a', 1, { evidence: ['interviews'] }),
          touchpoint('b', 1, {
            pains: [
              { text: 'Hurts a lot', id: 'big', severity: 'high', evidence: ['survey', 'interviews'] },
              { text: 'Hurts a bit', severity: 'low', evidence: [] },
              { text: 'Hurts some', severity: 'medium', evidence: [] },
            ],
            opportunities: [
              { text: 'Shipped fix', status: 'done', addresses: ['big'], evidence: [] },
              {
                text: 'Next fix',
                id: 'next',
                status: 'in-progress',
                owner: 'Growth',
                link: 'https://www.example.com/tickets/42/',
                addresses: [],
                evidence: ['survey'],
              },
              { text: 'Risky link', link: 'javascript:alert(1)', addresses: [], evidence: [] },
            ],
          }),
        ],
      },
    ],
    {
      locale,
      sources: [
        { id: 'survey', kind: 'survey', title: 'Spring survey', n: 412, date: '2025-03', link: 'https://research.example.com/s/' },
        { id: 'interviews', kind: 'interview', title: 'Interviews' },
      ],
    },
  );
}

describe('pains and opportunities with weight', () => {
  const nodes = layout(sample(), analyse(sample())).nodes;

  it('draws a high pain bold in a strong frame, with its severity; a low one quiet; a medium one as before', () => {
    const high = cardOf(nodes, 'pain', 'Hurts a lot');
    const low = cardOf(nodes, 'pain', 'Hurts a bit');
    const medium = cardOf(nodes, 'pain', 'Hurts some');
    expect(high.text.weight).toBe('bold');
    expect(high.card.strokeWidth).toBeGreaterThan(medium.card.strokeWidth!);
    expect(inside(nodes, high.card).map(textOf)).toContain('Severity: High');
    expect(low.text.weight).toBe('normal');
    expect(low.text.fill).not.toBe(medium.text.fill);
    expect(inside(nodes, low.card).map(textOf)).toContain('Severity: Low');
    expect(medium.text.weight).toBe('normal');
    expect(inside(nodes, medium.card).map(textOf)).toEqual(['Hurts some']);
  });

  it('marks a done opportunity with a check mark and muted text; shows other statuses, the owner and the link as short text', () => {
    const done = cardOf(nodes, 'opportunity', 'Shipped fix');
    const next = cardOf(nodes, 'opportunity', 'Next fix');
    expect(inside(nodes, done.card).map(textOf)).toContain('✓ Done');
    expect(done.text.fill).not.toBe(next.text.fill);
    expect(inside(nodes, next.card).map(textOf)).toEqual(expect.arrayContaining(['In progress', 'Owner: Growth', '↗ example.com/tickets/42']));
    expect(inside(nodes, cardOf(nodes, 'opportunity', 'Risky link').card).map(textOf)).toContain('↗ javascript:alert(1)');
  });

  it('puts a raised footnote number after the text that cites a source, in source order', () => {
    const markers = texts(nodes).filter((t) => t.role === 'evidence-marker');
    expect(markers.map(textOf).sort()).toEqual(['1', '1,2', '2']);
    const high = cardOf(nodes, 'pain', 'Hurts a lot').text;
    const mark = markers.find((m) => textOf(m) === '1,2')!;
    const last = high.lines[high.lines.length - 1]!;
    expect(mark.lines[0]!.x).toBeGreaterThanOrEqual(last.x + last.width);
    expect(mark.lines[0]!.y).toBeLessThan(last.y);
    expect(mark.fontSize).toBeLessThan(high.fontSize);
  });

  it('marks the items the HTML page links, by id', () => {
    const groups = flat(nodes).filter((n): n is GroupNode => n.kind === 'group' && !!(n.data?.pain || n.data?.addresses));
    expect(groups.map((g) => g.data)).toEqual([{ pain: 'big' }, { addresses: 'big' }]);
  });
});

describe('the Sources card', () => {
  it('lists every source, numbered, with its kind, size, date and link as text, under the map', () => {
    const scene = layout(sample(), analyse(sample()));
    const card = flat(scene.nodes).find((n): n is RectNode => n.kind === 'rect' && n.role === 'sources-card')!;
    const lines = inside(scene.nodes, card).map(textOf);
    // Compared without spaces: a long line wraps at one.
    const squeeze = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, ''));
    expect(squeeze(lines)).toEqual(
      squeeze(['Sources', '1', 'Spring survey', 'Survey · n = 412 · 2025-03 · research.example.com/s', '2', 'Interviews', 'Interviews']),
    );
    expect(card.y).toBeGreaterThan(scene.paging!.lanesTop + scene.paging!.rows.reduce((h, r) => h + r.height, 0));
    const notes = scene.paging!.notes!;
    expect([notes.x, notes.y, notes.width]).toEqual([card.x, card.y, card.width]);
    expect(notes.height).toBeCloseTo(card.height, 6);
  });

  it('says kinds in the map language', () => {
    const scene = layout(sample('zh-Hant'), analyse(sample('zh-Hant')));
    const all = texts(scene.nodes).map((t) => textOf(t).replace(/\s+/g, ''));
    expect(all).toEqual(expect.arrayContaining(['資料來源', '問卷調查·n=412·2025-03·research.example.com/s', '訪談']));
  });

  it('is left out of the compact map (the HTML page lists sources itself) and of a map without sources', () => {
    const compact = layout(sample(), analyse(sample()), { compact: true });
    expect(flat(compact.nodes).some((n) => n.role === 'sources-card')).toBe(false);
    const none = { ...sample(), sources: [] };
    expect(flat(layout(none, analyse(none)).nodes).some((n) => n.role === 'sources-card')).toBe(false);
  });
});
