// A persona's photo through every back-end: drawn in a circle in place of the initial, embedded as
// bytes (a data: URI, a PDF image), its clip path named with the map's prefix, the same bytes every
// run, and a damaged picture drawn blank rather than thrown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { layout } from '../../src/layout/index.js';
import type { ImageNode, Scene, SceneNode } from '../../src/layout/scene.js';
import type { PersonaPhotos } from '../../src/model/photo.js';
import { renderSvg } from '../../src/render/svg/index.js';
import { renderHtml } from '../../src/render/html/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { renderPng } from '../../src/render/png/index.js';
import { chunk, rgbPng } from '../../src/render/png-chunk.js';
import { journeyOf, touchpoint } from '../helpers/journeys.js';
import { pixels } from '../helpers/png-pixels.js';

const JONAS = readFileSync(new URL('../../examples/photos/jonas.png', import.meta.url));
/** A photo of one colour, so a pixel read back tells whether it was drawn. */
const solid = (rgb: [number, number, number]): Buffer =>
  Buffer.from(
    rgbPng(
      8,
      8,
      Uint8Array.from({ length: 8 * 8 * 4 }, (_, i) => (i % 4 === 3 ? 255 : rgb[i % 4]!)),
    ),
  );
const RED = solid([220, 20, 20]);
/** A PNG header with a damaged body: decoders must give up quietly. */
const BROKEN = Buffer.concat([JONAS.subarray(0, 33), chunk('IDAT', Buffer.from('not zlib at all')), chunk('IEND', new Uint8Array())]);

const journey = journeyOf([{ id: 's', touchpoints: [touchpoint('a', 1), touchpoint('b', -1)] }], {
  persona: { id: 'mei', name: 'Mei', goals: [], needs: [], frustrations: [] },
});
const photos = (bytes: Buffer): PersonaPhotos => ({ mei: { type: 'image/png', base64: bytes.toString('base64') } });
const sceneWith = (bytes?: Buffer, compact = false): Scene => layout(journey, analyse(journey), { compact, ...(bytes ? { photos: photos(bytes) } : {}) });

function flatten(nodes: readonly SceneNode[], out: SceneNode[] = []): SceneNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'group') flatten(n.children, out);
  }
  return out;
}
const images = (scene: Scene): ImageNode[] => flatten(scene.nodes).filter((n): n is ImageNode => n.kind === 'image');

describe('persona photo', () => {
  it('takes the place of the initial, in the avatar circle', () => {
    const plain = flatten(sceneWith().nodes);
    const initial = plain.find((n) => n.kind === 'text' && n.lines[0]?.text === 'M');
    expect(initial).toBeDefined();
    const scene = sceneWith(JONAS);
    const [photo] = images(scene);
    const circle = flatten(scene.nodes).find((n) => n.kind === 'circle' && n.role === 'avatar');
    expect(photo).toMatchObject({ role: 'avatar-photo', id: 'avatar-mei', clip: 'circle', type: 'image/png', alt: 'Mei' });
    expect(circle && circle.kind === 'circle' && [circle.cx - circle.r, circle.cy - circle.r, circle.r * 2]).toEqual([photo!.x, photo!.y, photo!.width]);
    expect(flatten(scene.nodes).some((n) => n.kind === 'text' && n.lines[0]?.text === 'M')).toBe(false);
    // The compact map (the HTML page's) has no persona card, so no photo.
    expect(images(sceneWith(JONAS, true))).toEqual([]);
  });

  it('SVG: a data: URI cut by a circular clip path named with the map prefix', () => {
    const svg = renderSvg(sceneWith(JONAS), { idPrefix: 'hotel' });
    expect(svg).toContain('<clipPath id="hotel-avatar-mei-clip"><circle cx=');
    expect(svg).toMatch(
      /<image class="hotel-avatar-photo" [^>]*href="data:image\/png;base64,iVBORw0KGgo[^"]*" preserveAspectRatio="xMidYMid slice" clip-path="url\(#hotel-avatar-mei-clip\)"\/>/,
    );
    expect(renderSvg(sceneWith(JONAS), { idPrefix: 'other' })).toContain('id="other-avatar-mei-clip"');
    expect(svg).toBe(renderSvg(sceneWith(JONAS), { idPrefix: 'hotel' }));
  });

  it('HTML: the persona card shows the photo; the page loads nothing but data: images', () => {
    const html = renderHtml({
      journey,
      analysis: analyse(journey),
      scenes: { light: sceneWith(JONAS, true), dark: sceneWith(JONAS, true) },
      theme: 'light',
      photos: photos(JONAS),
    });
    expect(html).toContain(`<img class="cjm-avatar cjm-avatar-photo" src="data:image/png;base64,${JONAS.toString('base64')}" alt="" width="56" height="56">`);
    expect(html).not.toContain('<div class="cjm-avatar"');
    expect(html).toContain('img-src data:;');
  });

  it('PNG: the photo is drawn inside the circle, not outside it', async () => {
    const scene = sceneWith(RED);
    const [photo] = images(scene);
    const png = await renderPng(scene, { scale: 1 });
    const img = pixels(png.bytes);
    const cx = Math.round(photo!.x + photo!.width / 2);
    const cy = Math.round(photo!.y + photo!.height / 2);
    expect(img.at(cx, cy).slice(0, 3)).toEqual([220, 20, 20]);
    // The box's corner lies outside the circle: the card shows there, not the photo.
    expect(img.at(Math.round(photo!.x) + 1, Math.round(photo!.y) + 1).slice(0, 3)).not.toEqual([220, 20, 20]);
  });

  it('PDF: embeds the photo as an image, the same bytes every run, several photos too', async () => {
    const scene = sceneWith(JONAS);
    const a = await renderPdf(scene, { title: 't' });
    const text = Buffer.from(a.bytes).toString('latin1');
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(1);
    // Several photos, each with transparency: pdfkit would finish them in any order; cjm's do not.
    const [photo] = images(scene);
    const many: Scene = {
      ...scene,
      nodes: [...scene.nodes, ...[0, 1, 2].map((i): ImageNode => ({ ...photo!, id: `p${i}`, x: photo!.x + 100 * (i + 1) }))],
    };
    const first = await renderPdf(many, { title: 't' });
    const second = await renderPdf(many, { title: 't' });
    expect(
      Buffer.from(first.bytes)
        .toString('latin1')
        .match(/\/Subtype \/Image/g),
    ).toHaveLength(4);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('a damaged picture is drawn blank by every back-end, never thrown', async () => {
    const scene = sceneWith(BROKEN);
    expect(renderSvg(scene)).toContain('<image');
    const pdf = await renderPdf(scene, { title: 't' });
    expect([pdf.error, pdf.bytes.length > 0]).toEqual([undefined, true]);
    const png = await renderPng(scene, { scale: 1 });
    expect([png.error, png.bytes.length > 0]).toEqual([undefined, true]);
  });
});
