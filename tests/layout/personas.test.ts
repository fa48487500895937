// Several personas on the map: each curve its own colour and dash (readable in mono and greyscale),
// every persona's card side by side in its colour, on screen and on paper, nothing cut.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import { layoutSheets, MIN_TEXT_PT } from '../../src/layout/sheets.js';
import { onColor, PERSONA_DASHES, personaStyle } from '../../src/layout/persona-style.js';
import type { GroupNode, LineNode, RectNode, Scene, SceneNode, TextNode } from '../../src/layout/scene.js';
import { themes } from '../../src/layout/theme.js';
import type { Journey, Persona } from '../../src/model/journey.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';

const flat = (nodes: readonly SceneNode[]): SceneNode[] => nodes.flatMap((n) => (n.kind === 'group' ? [n, ...flat(n.children)] : [n]));
const luminance = (hex: string): number => {
  const lin = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const persona = (i: number): Persona => ({
  id: `p${i}`,
  name: ['媽媽', '阿公', 'Teen', '阿嬤', 'Nanny', '爸爸'][i]!,
  description: '一段描述，長到要換行才放得下，讓卡片有些高度。'.repeat(2),
  goals: ['看得懂藥袋', '不用一直排隊'],
  needs: ['大字'],
  frustrations: ['叫號聽不清楚'],
});
const sixPersonas = (n = 6): Journey =>
  journeyOf(
    [
      {
        id: 's',
        touchpoints: Array.from({ length: 8 }, (_, t) =>
          touchpoint(`t${t}`, undefined, {
            emotion: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, ((t + i) % 5) - 2])),
            thought: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, `想法 ${i}`])),
            pains: ['p'],
            opportunities: ['o'],
          }),
        ),
      },
    ],
    { personas: Array.from({ length: n }, (_, i) => persona(i)), locale: 'zh-Hant' },
  );

describe('persona styles', () => {
  it('give six personas six different (colour, dash) pairs in every theme, and six dashes in mono', () => {
    for (const theme of Object.values(themes)) {
      const styles = Array.from({ length: 6 }, (_, i) => personaStyle(theme, {}, i));
      expect(new Set(styles.map((s) => `${s.color} ${s.dash?.join(',') ?? 'solid'}`)).size).toBe(6);
      expect(new Set(styles.map((s) => s.dash?.join(',') ?? 'solid')).size).toBe(6);
    }
    expect(PERSONA_DASHES[0]).toBeUndefined();
  });
  it('draw every palette colour at 3:1 or more against the surface (WCAG non-text contrast)', () => {
    const weak = Object.values(themes).flatMap((theme) =>
      Array.from({ length: 6 }, (_, i) => personaStyle(theme, {}, i).color).filter((c) => contrast(c, theme.surface) < 3),
    );
    expect(weak).toEqual([]);
  });
  it("use the persona's own colour, except in mono; the first persona keeps the map's curve colour", () => {
    expect(personaStyle(themes.light, { color: '#e11d48' }, 1).color).toBe('#E11D48');
    expect(personaStyle(themes.mono, { color: '#e11d48' }, 1).color).toBe('#555555');
    expect(personaStyle(themes.light, {}, 0).color).toBe(themes.light.curve);
  });
  it('letter an avatar in a colour that reads on it', () => {
    expect(onColor('#3B5BDB')).toBe('#FFFFFF');
    expect(onColor('#FDE047')).toBe('#111111');
  });
});

describe('several personas on the map', () => {
  const cards = (scene: Scene) => flat(scene.nodes).filter((n): n is RectNode => n.kind === 'rect' && n.role === 'persona-card');
  it('draws one card per persona, each with an accent in its curve colour and dash, and one legend row per persona', () => {
    const j = sixPersonas(3);
    const scene = layout(j, analyse(j), { theme: 'mono' });
    expect(cards(scene)).toHaveLength(3);
    const accents = flat(scene.nodes).filter((n): n is LineNode => n.kind === 'line' && n.role === 'persona-accent');
    expect(accents.map((a) => a.dash?.join(',') ?? 'solid')).toEqual(['solid', '9,5', '1,6']);
    const legendRows = flat(scene.nodes).filter(
      (n): n is GroupNode => n.kind === 'group' && n.data?.persona !== undefined && n.children.some((c) => c.kind === 'text'),
    );
    const named = legendRows.map((g) => (g.children.find((c): c is TextNode => c.kind === 'text')?.lines[0]?.text ?? '').trim());
    for (const name of ['媽媽', '阿公', 'Teen']) expect(named).toContain(name);
  });
  it('stacks two personas’ valley pills at one touchpoint, each naming its persona', () => {
    const j = journeyOf(
      [
        {
          id: 's',
          touchpoints: [
            touchpoint('a', undefined, { emotion: { p0: 1, p1: 1 } }),
            touchpoint('b', undefined, { emotion: { p0: -1, p1: -2 } }),
            touchpoint('c', undefined, { emotion: { p0: 1, p1: 0 } }),
          ],
        },
      ],
      {
        personas: [persona(0), persona(1)],
        locale: 'zh-Hant',
      },
    );
    const all = flat(layout(j, analyse(j)).nodes);
    const pills = all.filter((n): n is RectNode => n.kind === 'rect' && (n.role === 'lowest-label' || n.role === 'valley-label-box'));
    const labels = all.filter((n): n is TextNode => n.kind === 'text' && n.role === 'valley-label').map((t) => t.lines.map((l) => l.text).join(''));
    expect(labels).toEqual(['媽媽：最低點 −1', '阿公：最低點 −2']);
    expect(pills).toHaveLength(2);
    expect(pills[1]!.y).toBeGreaterThanOrEqual(pills[0]!.y + pills[0]!.height);
    // Under both points, so neither point is covered.
    const points = all.filter((n) => n.kind === 'circle' && n.role === 'curve-point').map((c) => (c.kind === 'circle' ? c.cy + c.r : 0));
    expect(pills[0]!.y).toBeGreaterThan(Math.max(...points.filter((y) => y > 0)) - 20);
    // One band for the touchpoint, not one per persona.
    expect(all.filter((n) => n.kind === 'rect' && n.role === 'valley-band')).toHaveLength(1);
    // The accessible summary names the lowest point of any curve, and whose it is.
    expect(layout(j, analyse(j)).description).toContain('最低點：Touchpoint b（s，阿公），−2。');
  });
  for (const [paper, portrait] of [
    ['a4', true],
    ['a4', false],
    ['letter', true],
  ] as const)
    it(`puts six persona cards on the first ${paper}${portrait ? ' portrait' : ''} sheets, each whole, at the readable size`, () => {
      const j = sixPersonas();
      const { scene, sheets, smallestText } = layoutSheets(j, analyse(j), {}, { paper, portrait });
      const all = cards(scene);
      expect(all).toHaveLength(6);
      // Taller than a sheet, the band continues on the next (layout/flow.ts), split between cards.
      expect(smallestText).toBeGreaterThanOrEqual(MIN_TEXT_PT[paper] - 0.05);
      const intros = sheets.flatMap((s) => s.layers.filter((l) => l.clip.y === 0 && l.clip.x === 0 && !l.nodes));
      expect(intros.length).toBeGreaterThan(0);
      for (const c of all) {
        const whole = intros.filter(
          (intro) =>
            c.x + intro.dx >= intro.clip.x - 1e-6 &&
            c.x + c.width + intro.dx <= intro.clip.x + intro.clip.width + 1e-6 &&
            c.y + intro.dy >= intro.clip.y - 1e-6 &&
            c.y + c.height + intro.dy <= intro.clip.y + intro.clip.height + 1e-6,
        );
        expect(whole, `card at ${c.x},${c.y} whole on one sheet`).toHaveLength(1);
      }
    });
});
