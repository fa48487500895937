// Descriptions reach every output: the stage's under its header on the map (SVG, and the PDF through
// the same scene) and whole in the HTML table; the touchpoint's on its card, clamped to three lines
// with an ellipsis, and whole in the HTML details panel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';

const DIR = new URL('../../../examples/', import.meta.url);
const source = readFileSync(new URL('event-platform-zh.yaml', DIR), 'utf8');
const STAGE = '手動作業出包，開始意識到需要一套工具。';
const LONG = '註冊表單要填公司統編、電話、部門與職稱，還要先驗證 Email 才能看到後台；她在第三步差點關掉分頁，是同事傳來的範本連結讓她回來把流程走完。';
const SHORT = '三位工讀生在入口用手機掃 QR Code，網路一斷就無法報到。';

/** An element's text, lines joined (a space at a line break is dropped, so spaces are not compared). */
const textOf = (el: string) => el.replace(/<[^>]+>/g, '').replace(/ /g, '');
const bare = (s: string) => s.replace(/ /g, '');

describe('descriptions', () => {
  it('are drawn on the map: stage under its header, touchpoint clamped to three lines', async () => {
    const svg = (await compile(source, { file: 'examples/event-platform-zh.yaml', format: 'svg' })).outputs.svg as string;
    const stage = svg.match(/<text class="[\w-]*-stage-description"[^>]*>[\s\S]*?<\/text>/g) ?? [];
    expect(stage.map(textOf)).toContain(STAGE);
    const tp = (svg.match(/<text class="[\w-]*-touchpoint-description"[^>]*>[\s\S]*?<\/text>/g) ?? []).map((el) => ({
      text: textOf(el),
      lines: (el.match(/<tspan/g) ?? []).length || 1,
    }));
    expect(tp.find((t) => t.text === bare(SHORT))).toBeDefined();
    const clamped = tp.find((t) => bare(LONG).startsWith(t.text.slice(0, 10)))!;
    expect(clamped.lines).toBe(3);
    expect(clamped.text.endsWith('…')).toBe(true);
    expect(bare(LONG).startsWith(clamped.text.slice(0, -1))).toBe(true);
  });

  it('are whole in the HTML page: stages in the table, touchpoints in the details panel', async () => {
    const html = (await compile(source, { file: 'examples/event-platform-zh.yaml', format: 'html' })).outputs.html as string;
    expect(html).toContain(`<p class="cjm-stage-description">${STAGE}</p>`);
    const details = html.match(/<article id="cjm-d-sign-up"[\s\S]*?<\/article>/)![0];
    expect(details).toContain(LONG);
  });
});
