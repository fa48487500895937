// Tagged PDF: a structure tree screen readers can walk. The title is H1, stage names H2, touchpoint
// names H3, the persona a section, the emotion curve a figure whose alternative text is the map's
// summary; /Lang is the map's language, and the bytes stay the same build after build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import { ROOT } from '../../helpers/cli.js';
import { SKIP_POPPLER, info, poppler, tempPdf } from './poppler.js';

interface Spec {
  title: string;
  stages: { name: string; touchpoints?: { name: string }[] }[];
}

async function pdfOf(example: string) {
  const source = readFileSync(join(ROOT, 'examples', example), 'utf8');
  const result = await compile(source, { file: `examples/${example}`, format: 'pdf' });
  return { spec: parse(source) as Spec, bytes: result.outputs.pdf as Uint8Array };
}

/** pdfinfo -struct-text as [tag, text of its contents] rows (a name a footnote marker split is one element of two contents). */
function structure(file: string): { tag: string; text: string }[] {
  const lines = poppler('pdfinfo', ['-struct-text', file]).split('\n');
  return lines.flatMap((l, i) => {
    const m = /^(\s*)(\w+)( \(\w+\))?$/.exec(l);
    if (!m) return [];
    const contents: string[] = [];
    for (let j = i + 1; j < lines.length; j += 1) {
      const c = /^\s*"(.*)"$/.exec(lines[j]!);
      if (!c) break;
      contents.push(c[1]!);
    }
    return [{ tag: m[2]!, text: contents.join(' ') }];
  });
}

/** A literal PDF string's text: backslash escapes undone, UTF-16BE (with its BOM) decoded. */
function pdfString(literal: string): string {
  const bytes = literal.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
  );
  if (!bytes.startsWith('\u00fe\u00ff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

describe.skipIf(SKIP_POPPLER)('tagged PDF', () => {
  for (const example of ['event-platform-zh.yaml', 'saas-trial-en.yaml']) {
    it(`${example}: Tagged: yes, /Lang, headings for title, stages and touchpoints, persona section, curve figure`, async () => {
      const { spec, bytes } = await pdfOf(example);
      const file = tempPdf(bytes);
      expect(info(file).Tagged).toBe('yes');
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).toMatch(example.includes('-zh') ? /\/Lang \(zh-Hant\)/ : /\/Lang \(en\)/);
      const tree = structure(file);
      const squash = (s: string) => s.replace(/\s+/g, '');
      const texts = (tag: string) => tree.filter((t) => t.tag === tag).map((t) => squash(t.text));
      expect(tree[0]!.tag).toBe('Document');
      expect(texts('H1')).toEqual([squash(spec.title)]);
      for (const [i, stage] of spec.stages.entries()) expect(texts('H2')).toContain(squash(`${i + 1}  ${stage.name}`));
      const touchpoints = spec.stages.flatMap((s) => (s.touchpoints ?? []).map((t) => squash(t.name)));
      expect(texts('H3')).toEqual(touchpoints);
      expect(texts('Sect')).toHaveLength(1);
      expect(texts('Figure')).toHaveLength(1);
      // The figure's /Alt is the map's summary, which names the stages.
      const figure = /\/S \/Figure[\s\S]*?\/Alt \(((?:\\.|[^\\)])*)\)/.exec(raw);
      const alt = pdfString(figure?.[1] ?? '');
      expect(alt.length).toBeGreaterThan(40);
      expect(alt).toContain(spec.stages[0]!.name);
    });
  }

  it('is byte-identical build after build', async () => {
    const a = await pdfOf('skincare-zh.yaml');
    const b = await pdfOf('skincare-zh.yaml');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
