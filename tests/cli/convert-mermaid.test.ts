// `cjm convert --from mermaid` / `--to mermaid` as a user runs them (the bundled CLI in a child process).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { parseMermaidJourney, mermaidScore, toMermaid } from '../../src/convert/mermaid/index.js';
import { prepare } from '../../src/compile.js';

const work = mkdtempSync(join(tmpdir(), 'cjm-mermaid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const DOCS = join(ROOT, 'tests/convert/mermaid-fixtures/docs-working-day.mmd');

describe('cjm convert --from mermaid', () => {
  it("converts the example of Mermaid's docs into a map that builds without a problem", () => {
    const yaml = join(work, 'working-day.yaml');
    const run = runCli(['convert', DOCS, '--from', 'mermaid', '-o', yaml]);
    expect(run.stderr).toContain('wrote');
    expect(run.status).toBe(0);
    const text = readFileSync(yaml, 'utf8');
    expect(text).toContain('emotionScale: [1, 5]');
    expect(text).toContain('owner: Me, Cat');
    const build = runCli(['build', yaml, '-f', 'svg']);
    expect(build.status).toBe(0);
    const svg = readFileSync(join(work, 'working-day.svg'), 'utf8');
    for (const name of ['My working day', 'Go to work', 'Go home', 'Make tea', 'Do work', 'Sit down', 'Me, Cat']) expect(svg).toContain(name);
  });

  it('takes .mmd as Mermaid without --from, and writes Markdown with --to md', () => {
    const run = runCli(['convert', DOCS, '--to', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\ntitle: My working day\n/);
    expect(run.stdout).toContain('## Go to work');
    expect(run.stdout).toContain('### Do work');
  });

  it('reports a bad diagram with file:line:col, a code frame and exit 1', () => {
    const bad = join(work, 'bad.mmd');
    writeFileSync(bad, 'journey\ntitle Bad\nsection Start\nPay: by card: 4: Me\n');
    const run = runCli(['convert', bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${bad}:4:6: error mermaid-score: a score must be a number from 1 to 5 (got "by card")`);
    expect(run.stderr).toContain('> 4 | Pay: by card: 4: Me');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes one map per ```mermaid journey block of a Markdown file, numbered after -o', () => {
    const md = join(work, 'notes.md');
    writeFileSync(
      md,
      '# Notes\n\n```mermaid\njourney\ntitle 第一\nsection 開始\n打開: 4: 我\n```\n\n```mermaid\njourney\ntitle Second\nsection Start\nOpen: 2\n```\n',
    );
    expect(runCli(['convert', md, '--from', 'mermaid']).status).toBe(2);
    const run = runCli(['convert', md, '--from', 'mermaid', '-o', join(work, 'maps.yaml')]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(work, 'maps-1.yaml'), 'utf8')).toContain('title: 第一');
    expect(readFileSync(join(work, 'maps-2.yaml'), 'utf8')).toContain('title: Second');
    expect(existsSync(join(work, 'maps.yaml'))).toBe(false);
    // A diagnostic in the second block points at its line in the Markdown file.
    writeFileSync(md, '# Notes\n\n```mermaid\njourney\ntitle X\nsection S\nOpen: 9\n```\n');
    expect(runCli(['convert', md, '--from', 'mermaid']).stderr).toContain(`${md}:7:7: error mermaid-score`);
  });
});

describe('cjm convert --to mermaid', () => {
  it("writes a Mermaid journey that Mermaid's grammar reads back to the same names, scores and actors", () => {
    const run = runCli(['convert', 'examples/skincare-zh.yaml', '--to', 'mermaid']);
    expect(run.status).toBe(0);
    const back = parseMermaidJourney(run.stdout, 'x.mmd');
    expect(back.diagnostics).toEqual([]);
    const journey = prepare(readFileSync(join(ROOT, 'examples/skincare-zh.yaml'), 'utf8'), { file: 'x' }).prepared!.journey;
    expect(back.journey!.title).toBe(journey.title);
    expect(back.journey!.sections.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    expect(back.journey!.sections.flatMap((s) => s.tasks.map((t) => t.name))).toEqual(journey.stages.flatMap((s) => s.touchpoints.map((t) => t.name)));
    expect(back.journey!.sections.flatMap((s) => s.tasks.map((t) => t.score))).toEqual(
      journey.stages.flatMap((s) => s.touchpoints.map((t) => mermaidScore(t.emotion as number | undefined, journey.emotionScale))),
    );
  });

  it('escapes what Mermaid would misread, so names survive a round trip', () => {
    const text =
      'title: "A: b; #c"\ndescription: about\nemotionScale: [1, 5]\nstages:\n  - name: "S: 1"\n    touchpoints:\n      - {name: "Pay: now; #1", emotion: 2, owner: "Ann: x, Bo"}\n      - {name: "Line\\nbreak"}\n';
    const journey = prepare(text, { file: 'x.yaml' }).prepared!.journey;
    const mmd = toMermaid(journey);
    expect(mmd).toContain('accDescr: about');
    const back = parseMermaidJourney(mmd, 'x.mmd').journey!;
    expect(back.title).toBe('A: b; #c');
    expect(back.sections[0]!.name).toBe('S: 1');
    expect(back.sections[0]!.tasks).toEqual([
      { name: 'Pay: now; #1', score: 2, actors: ['Ann: x', 'Bo'] },
      { name: 'Line\nbreak', score: 3, actors: [] },
    ]);
  });

  it('rescales scores onto 1–5, rounding halves toward the neutral 3', () => {
    expect([-2, -1, 0, 1, 2].map((e) => mermaidScore(e, [-2, 2]))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((e) => mermaidScore(e, [1, 5]))).toEqual([1, 2, 3, 4, 5]);
    // On [0, 10]: 1.25 → 1.5 → 2; 3 → 2.2 → 2; 5 → 3; 3.75 → 2.5 → 3 (toward 3); 6.25 → 3.5 → 3; 8.75 → 4.5 → 4.
    expect([1.25, 3, 5, 3.75, 6.25, 8.75, 10].map((e) => mermaidScore(e, [0, 10]))).toEqual([2, 2, 3, 3, 3, 4, 5]);
    expect(mermaidScore(undefined, [-2, 2])).toBe(3);
  });
});
