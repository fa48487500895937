// The SVG handed to resvg: text as glyph outlines from the bundled faces, one definition per glyph and
// face, so a bold and a regular 程 never share (or swap) a definition, and no <text> is left for resvg
// to look fonts up for.
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/layout/scene.js';
import { loadFaces } from '../../../src/render/pdf/fonts.js';
import { outlinedSvg } from '../../../src/render/png/svg.js';
import { label } from '../pdf/fixtures.js';

const scene: Scene = {
  width: 400, height: 200, lang: 'zh-Hant', title: 't', description: '', background: '#ffffff', fontFamily: 'sans-serif', theme: 'light',
  nodes: [
    label('旅', 10, 30),
    label('旅', 10, 60, { weight: 'bold' }),
    { kind: 'group', children: [label('程 A', 10, 90), label('程 A', 10, 120, { weight: 'bold', italic: true })] },
  ],
};

describe('outlinedSvg', () => {
  it('draws every glyph from a definition of its own face, and leaves no text element', async () => {
    const loaded = await loadFaces(new Set(['normal', 'bold']), 'zh-Hant');
    if (!loaded.ok) throw new Error(loaded.message);
    const svg = outlinedSvg(scene, loaded.faces);
    expect(svg).not.toContain('<text');
    const defined = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined).toHaveLength(6); // 旅 程 A, in two weights; the space has no outline
    const groups = [...svg.matchAll(/<g fill="[^"]*">(.*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/href="#([^"]+)"/g)].map((h) => h[1]));
    expect(groups).toHaveLength(4);
    const [regular, bold] = [new Set([...groups[0]!, ...groups[2]!]), new Set([...groups[1]!, ...groups[3]!])];
    expect([...regular].filter((id) => bold.has(id))).toEqual([]);
    for (const id of [...regular, ...bold]) expect(defined).toContain(id);
    // Italic is a slant in the glyph's transform.
    expect(svg).toMatch(/matrix\(0\.012 0 0\.0024 -0\.012 /);
  });
});
