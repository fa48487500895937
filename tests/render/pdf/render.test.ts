// renderPdf on hand-built scenes, read back with poppler: text, fonts, metadata, geometry, colour.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/layout/scene.js';
import { renderPdf, type PdfOptions } from '../../../src/render/pdf/index.js';
import { tableMeasurer } from '../../../src/text/index.js';
import { columnScene, label, textScene } from './fixtures.js';
import { SKIP_POPPLER, fonts, info, pixel, tempPdf, text, words } from './poppler.js';

const render = (scene: Scene, options: Partial<PdfOptions> = {}) => renderPdf(scene, { title: scene.title, ...options });
/** Debian's fonts-noto-cjk: a collection of CFF-outline faces, one per language. */
const SYSTEM_TTC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const HOSTILE = 'a) /Title (pwned) \\ \\\\ (( <</S /JavaScript /JS (app.alert(1))>> endstream endobj %%EOF \u202Eevil\u0000 <script>"\'&';

describe.skipIf(SKIP_POPPLER)('renderPdf', () => {
  it('writes real, selectable text in an embedded, subset font', async () => {
    const scene = textScene([label('小芳的天然保養品購買旅程', 20, 40, { weight: 'bold' }), label('看到 IG 廣告 then compare', 20, 80)]);
    const { bytes, warnings } = await render(scene);
    const file = tempPdf(bytes);
    expect(warnings).toEqual([]);
    expect(text(file)).toContain('小芳的天然保養品購買旅程');
    expect(text(file)).toContain('看到 IG 廣告 then compare');
    const table = fonts(file).split('\n').slice(2).filter(Boolean);
    expect(table).toHaveLength(2);
    for (const row of table) expect(row).toMatch(/^[A-Z]{6}\+NotoSansTC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(bytes.length).toBeLessThan(60_000);
  });

  it('sets title, author, subject, producer, creator and a fixed creation date', async () => {
    const file = tempPdf((await render(textScene([label('x', 1, 20)]), { title: '小芳的旅程', author: '小芳' })).bytes);
    expect(info(file)).toMatchObject({
      Title: '小芳的旅程',
      Author: '小芳',
      Subject: 'Customer journey map',
      Producer: 'cjm',
      Creator: 'cjm',
      'PDF version': '1.4',
      Pages: '1',
    });
    expect(info(file).CreationDate).toMatch(/Jan\s+1 00:00:00 2000 UTC/);
  });

  it('is byte-identical across renders, with a document /ID derived from the content', async () => {
    const scene = columnScene([2, 3]);
    const a = await render(scene);
    const b = await render(scene);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]{32})> <\1>\]/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(a.bytes)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(a.bytes)).not.toBe('0'.repeat(32));
    const other = await render({ ...scene, nodes: [...scene.nodes, label('one more', 40, 580)] });
    expect(id(other.bytes)).not.toBe(id(a.bytes));
  });

  it('keeps hostile strings inside strings: the file still parses and says what it was given', async () => {
    const scene = textScene([label(HOSTILE, 20, 40), label(HOSTILE, 20, 80, { weight: 'bold', italic: true })]);
    const { bytes } = await render({ ...scene, title: HOSTILE }, { title: HOSTILE, author: HOSTILE });
    const file = tempPdf(bytes);
    const meta = info(file);
    expect(meta.Pages).toBe('1');
    expect(meta.Title).toContain('a) /Title (pwned) \\ \\\\ ((');
    expect(meta.Author).toContain('endstream endobj %%EOF');
    expect(meta.JavaScript).toBe('no');
    expect(text(file)).toContain('<</S /JavaScript /JS (app.alert(1))>> endstream endobj %%EOF evil <script>"\'&');
  });

  it("places 'start', 'middle' and 'end' lines from the advances layout recorded, measuring nothing", async () => {
    // As layout does: wrap by the (browser-widened) width, record the bundled font's own advance.
    const at = (anchor: 'start' | 'middle' | 'end', word: string, y: number) => {
      const node = label(word, 400, y, { anchor });
      node.lines[0]!.width = tableMeasurer.width(word, 12);
      node.lines[0]!.advance = tableMeasurer.advance!(word, 12);
      return node;
    };
    const file = tempPdf((await render(textScene([at('start', 'Start', 40), at('middle', 'Middle', 80), at('end', 'End', 120)]))).bytes);
    const box = Object.fromEntries(words(file).map((w) => [w.text, w]));
    // 400 px = 300 pt on a 'fit' page.
    expect(box.Start!.xMin).toBeCloseTo(300, 0);
    expect((box.Middle!.xMin + box.Middle!.xMax) / 2).toBeCloseTo(300, 0);
    expect(box.End!.xMax).toBeCloseTo(300, 0);
    expect(box.Start!.yMax).toBeGreaterThan(30 - 2);
  });

  it('places a line by the width layout gave it when no advance is recorded (the renderer does not measure)', async () => {
    const end = label('End', 400, 40, { anchor: 'end' });
    end.lines[0]!.width = 100;
    const [w] = words(tempPdf((await render(textScene([end]))).bytes));
    // Starts 100 px (75 pt) left of the anchor, whatever the font's own width.
    expect(w!.xMin).toBeCloseTo(300 - 75, 0);
  });

  it('paints the scene colours, opacity and background exactly', async () => {
    const scene = textScene(
      [],
      [
        { kind: 'rect', x: 100, y: 100, width: 100, height: 100, fill: '#3b5bdb' },
        { kind: 'rect', x: 300, y: 100, width: 100, height: 100, fill: '#ff0000', fillOpacity: 0.5 },
        { kind: 'circle', cx: 550, cy: 150, r: 40, fill: '#10b981', stroke: '#111827', strokeWidth: 2 },
        { kind: 'rect', x: 600, y: 300, width: 100, height: 50, fill: 'url(#evil)' },
      ],
    );
    const file = tempPdf((await render({ ...scene, background: '#0b1020' })).bytes);
    const pt = (px: number) => px * 0.75;
    expect(pixel(file, pt(150), pt(150))).toEqual([0x3b, 0x5b, 0xdb]);
    // Half red over the background: (0xff + 0x0b) / 2, 0x10 / 2, 0x20 / 2.
    const half = pixel(file, pt(350), pt(150));
    [133, 8, 16].forEach((c, i) => {
      expect(Math.abs(half[i]! - c)).toBeLessThanOrEqual(2);
    });
    expect(pixel(file, pt(550), pt(150))).toEqual([0x10, 0xb9, 0x81]);
    expect(pixel(file, pt(20), pt(20))).toEqual([0x0b, 0x10, 0x20]);
    // A paint the scene format does not allow draws nothing (not the previous node's colour).
    expect(pixel(file, pt(650), pt(325))).toEqual([0x0b, 0x10, 0x20]);
  });

  it('warns, naming them, about characters the font cannot draw', async () => {
    const { bytes, warnings } = await render(textScene([label('開箱 😀', 20, 40)]));
    expect(info(tempPdf(bytes)).Pages).toBe('1');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"😀" U+1F600');
  });

  it.skipIf(!existsSync(SYSTEM_TTC))("draws with the face of a user's TrueType collection that suits the map's language", async () => {
    const scene = textScene([label('繁體中文', 20, 40), label('粗體', 20, 80, { weight: 'bold' })]);
    const file = tempPdf((await render(scene, { fontPath: SYSTEM_TTC })).bytes);
    const rows = fonts(file).split('\n').slice(2).filter(Boolean);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^[A-Z]{6}\+NotoSansCJKtc-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
    expect(text(file)).toContain('繁體中文');
  });

  it('returns an error, not an exception, for a font it cannot read', async () => {
    const result = await render(textScene([label('x', 1, 20)]), { fontPath: '/nonexistent/brand.otf' });
    expect(result.error).toBe('cannot use font "/nonexistent/brand.otf": no such file');
    expect(result.bytes.length).toBe(0);
  });

  it('draws the paper sheets it is given: their size, layers and page-point chrome (layoutSheets makes them; paper.test.ts reads real ones)', async () => {
    const scene = columnScene([2, 2]);
    const whole = { clip: { x: 0, y: 0, width: scene.width, height: scene.height }, dx: 0, dy: 0 };
    const folio = {
      kind: 'text' as const,
      lines: [{ text: '1 / 2', width: 20, x: 700, y: 560 }],
      fontSize: 8,
      lineHeight: 10,
      weight: 'normal' as const,
      fill: '#475569',
      anchor: 'start' as const,
      box: { x: 700, y: 552, width: 20, height: 10 },
    };
    const sheet = { width: 841.89, height: 595.28, scale: 0.5, originX: 36, originY: 36, layers: [whole], chrome: [folio] };
    const file = tempPdf(
      (await render(scene, { sheets: [sheet, { ...sheet, chrome: [{ ...folio, lines: [{ ...folio.lines[0]!, text: '2 / 2' }] }] }] })).bytes,
    );
    expect(info(file)['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    expect(info(file).Pages).toBe('2');
    expect(text(file, '-f', '2', '-l', '2').replace(/\s+/g, '')).toContain('2/2');
    expect(text(file, '-f', '1', '-l', '1')).toContain('T1');
  });
});
