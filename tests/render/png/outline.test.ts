// The SVG handed to resvg: text as glyph outlines from the bundled faces, one path per text node, the
// bold face for bold text, and no <text> left for resvg to look fonts up for.
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/layout/scene.js';
import { loadFaces } from '../../../src/render/pdf/fonts.js';
import { outlinedSvg } from '../../../src/render/png/svg.js';
import { label } from '../pdf/fixtures.js';

const scene: Scene = {
  width: 400,
  height: 200,
  lang: 'zh-Hant',
  title: 't',
  description: '',
  background: '#ffffff',
  fontFamily: 'sans-serif',
  theme: 'light',
  nodes: [
    label('旅', 10, 30),
    label('旅', 10, 60, { weight: 'bold' }),
    { kind: 'group', children: [label('旅 A', 110, 90), label('旅 A', 10, 120, { weight: 'bold', italic: true })] },
  ],
};

describe('outlinedSvg', () => {
  it('draws each text node as one path of its own face, placed at its line, and leaves no text element', async () => {
    const loaded = await loadFaces(new Set(['normal', 'bold']), 'zh-Hant');
    if (!loaded.ok) throw new Error(loaded.message);
    const svg = outlinedSvg(scene, loaded.faces);
    expect(svg).not.toContain('<text');
    const paths = [...svg.matchAll(/<path fill="[^"]*" d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(4);
    // Each glyph: an absolute move to its first point, then relative commands, the same for the same glyph, size and slant.
    const glyphs = paths.map((d) =>
      d.split(/(?=M)/).map((g) => ({ at: /^M([\d.-]+) ([\d.-]+)/.exec(g)!.slice(1).map(Number), rest: g.replace(/^M[\d.-]+ [\d.-]+/, '') })),
    );
    expect(glyphs.map((g) => g.length)).toEqual([1, 1, 2, 2]); // 旅, 旅, 旅 A, 旅 A (a space has no outline)
    expect(glyphs[2]![0]!.rest).toBe(glyphs[0]![0]!.rest);
    expect(glyphs[2]![0]!.at[0]! - glyphs[0]![0]!.at[0]!).toBeCloseTo(100, 2);
    // Bold is the bold face's outline, not the regular one; italic slants it.
    expect(glyphs[1]![0]!.rest).not.toBe(glyphs[0]![0]!.rest);
    expect(glyphs[3]![0]!.rest).not.toBe(glyphs[1]![0]!.rest);
    // The 旅 of the map's language font, not an empty box: many curve segments.
    expect((glyphs[0]![0]!.rest.match(/[qc]/g) ?? []).length).toBeGreaterThan(10);
  });
});
