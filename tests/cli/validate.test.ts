// `cjm validate` end to end, through the bundled CLI: exit codes, code frames, JSON reports, colour.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const examples = readdirSync(new URL('../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => `examples/${f}`);
const outOfScale = [
  'title: T',
  'stages:',
  '  - id: awareness',
  '    touchpoints:',
  '      - name: 看到 IG 廣告',
  '        channel: website',
  '        emotion: 7',
  '      - name: b',
  '        emotion: 1',
  '',
].join('\n');

describe('cjm validate', () => {
  it('exits 0 for every example, with no diagnostics', () => {
    const run = runCli(['validate', ...examples]);
    expect(run.stderr).toBe(`${examples.length} of ${examples.length} valid\n`);
    expect(run.status).toBe(0);
  });

  it('exits 1 for an invalid spec and shows where, with a code frame and hint', () => {
    const file = write('scale.yaml', outOfScale);
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        `${file}:7:18: error emotion-out-of-scale: emotion must be between -2 and 2 (got 7)`,
        '  6 |         channel: website',
        '> 7 |         emotion: 7',
        '    |                  ^',
        '  hint: change the score, or widen emotionScale',
        '0 of 1 valid',
        '',
      ].join('\n'),
    );
  });

  it('keeps columns right for a file with a BOM and CRLF line endings', () => {
    const file = write('crlf.yaml', `\uFEFF${outOfScale.replace(/\n/g, '\r\n').replace('emotion: 7', 'emotoin: 7')}`);
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:7:9: error unknown-key: unknown key "emotoin" in a touchpoint\n`);
    expect(run.stderr).toContain('> 7 |         emotoin: 7\n    |         ^~~~~~~\n  hint: did you mean "emotion"?\n');
  });

  it('reports a YAML syntax error from standard input', () => {
    const run = runCli(['validate', '-'], { input: 'title: x\nstages: a: b\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('<stdin>:2:9: error yaml-syntax: ');
    expect(run.stderr).toContain('> 2 | stages: a: b\n    |         ^');
  });

  it('refuses an alias bomb with a diagnostic, not a crash', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i += 1)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const run = runCli(['validate', '-'], { input: `${levels.join('\n')}\n` });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('<stdin>:2:8: error alias-limit:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints one JSON document on stdout with --reporter json', () => {
    const bad = write('bad.yaml', outOfScale);
    const run = runCli(['validate', examples[0]!, bad, '--reporter', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; column: number; code: string }[]; errors: number; warnings: number };
    expect(report.errors).toBe(1);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual([[bad, 7, 18, 'emotion-out-of-scale']]);
  });

  it('prints warnings but still exits 0 for a spec that only has warnings; --quiet hides them', () => {
    const file = write('warn.yaml', 'title: T\nstages:\n  - id: a\n    touchpoints: []\n');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${file}:4:5: warning empty-stage:`);
    expect(run.stderr).toContain(`${file}:2:1: warning too-few-scores:`);
    expect(runCli(['validate', file, '--quiet']).stderr).toBe('');
  });

  it('colours output only when FORCE_COLOR asks for it (the test runner is not a terminal)', () => {
    const file = write('colour.yaml', outOfScale);
    expect(runCli(['validate', file]).stderr).not.toContain('\u001b[');
    expect(runCli(['validate', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stderr).toContain('\u001b[');
    expect(runCli(['validate', file], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' } }).stderr).not.toContain('\u001b[');
  });

  it('takes folders and quoted globs like build does', () => {
    const folder = join(dir, 'maps');
    mkdirSync(join(folder, 'team'), { recursive: true });
    writeFileSync(join(folder, 'good.yaml'), readFileSync(new URL('../../examples/saas-trial-en.yaml', import.meta.url)));
    writeFileSync(join(folder, 'team', 'bad.md'), '---\ntitle: T\n---\n\n### before any stage\n');
    const run = runCli(['validate', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 of 2 valid');
    expect(run.stderr).toMatch(/team\/bad\.md:5:1: error/);
    const glob = runCli(['validate', `${folder}/**/*.yaml`]);
    expect(glob.status).toBe(0);
    expect(glob.stderr).toContain('1 of 1 valid');
    expect(runCli(['validate', `${folder}/**/*.txt`]).status).toBe(2);
  });
});
