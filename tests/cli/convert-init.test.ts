// `cjm convert` and `cjm init` as a user runs them (the bundled CLI in a child process).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { prepare } from '../../src/compile.js';
import { toMarkdown } from '../../src/convert/index.js';

const work = mkdtempSync(join(tmpdir(), 'cjm-convert-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const journeyOf = (text: string, file: string) => prepare(text, { file }).prepared?.journey;

describe('cjm convert', () => {
  const example = join(ROOT, 'examples/skincare-zh.yaml');
  const original = journeyOf(readFileSync(example, 'utf8'), example);

  it('prints Markdown on standard output by default', () => {
    const run = runCli(['convert', 'examples/skincare-zh.yaml', '--to', 'md']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(toMarkdown(original!));
  });

  it('writes a file with -o, picks the format from its extension, and converts back', () => {
    const md = join(work, 'skincare.md');
    expect(runCli(['convert', example, '-o', md]).status).toBe(0);
    const yaml = join(work, 'back.yaml');
    const back = runCli(['convert', md, '-o', yaml]);
    expect(back.status).toBe(0);
    expect(back.stderr).toContain('wrote');
    expect(journeyOf(readFileSync(yaml, 'utf8'), yaml)).toEqual(original);
    expect(runCli(['convert', md, '--to', 'yaml', '-o', yaml]).stderr).toContain('unchanged');
  });

  it('reads standard input with --input-format', () => {
    const md = readFileSync(join(work, 'skincare.md'), 'utf8');
    const run = runCli(['convert', '-', '--input-format', 'md', '--to', 'yaml'], { input: md });
    expect(run.status).toBe(0);
    expect(journeyOf(run.stdout, 'x.yaml')).toEqual(original);
  });

  it('exits 1 with a positioned diagnostic on a bad Markdown spec, and writes nothing', () => {
    const bad = join(work, 'bad.md');
    writeFileSync(bad, '---\ntitle: T\n---\n\n### Orphan\n- emotion: 1\n');
    const run = runCli(['convert', bad, '-o', join(work, 'bad.yaml')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.md:5:1: error md-touchpoint-outside-stage');
    expect(existsSync(join(work, 'bad.yaml'))).toBe(false);
  });

  it('exits 2 on an unknown target format', () => {
    const run = runCli(['convert', 'examples/skincare-zh.yaml', '--to', 'docx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Allowed choices are yaml, md');
  });
});

describe('cjm init', () => {
  it('writes journey.yaml that validates with no warnings, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    expect(runCli(['init'], { cwd: dir }).status).toBe(0);
    const check = runCli(['validate', 'journey.yaml'], { cwd: dir });
    expect(check.status).toBe(0);
    expect(check.stderr).not.toContain('warning');
    writeFileSync(join(dir, 'journey.yaml'), 'mine');
    const again = runCli(['init'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('journey.yaml already exists');
    expect(readFileSync(join(dir, 'journey.yaml'), 'utf8')).toBe('mine');
    expect(runCli(['init', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'journey.yaml'), 'utf8')).toContain('stages:');
  });

  it('writes journey.md in Chinese that builds straight away', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    expect(runCli(['init', '--format', 'md', '--locale', 'zh-Hant'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'journey.md'), 'utf8')).toContain('## 認知 {#awareness}');
    const build = runCli(['build', 'journey.md'], { cwd: dir });
    expect(build.status).toBe(0);
    expect(build.stderr).not.toContain('warning');
    expect(readFileSync(join(dir, 'journey.svg'), 'utf8')).toContain('小安的跑鞋網購旅程');
  });

  // Japanese and Simplified Chinese, in both formats: each validates clean and builds its own map.
  for (const [locale, title, heading] of [
    ['ja', '美咲さんがランニングシューズを通販で買う', '## 認知 {#awareness}'],
    ['zh-Hans', '小林网购跑鞋的旅程', '## 认知 {#awareness}'],
  ] as const) {
    it(`writes a ${locale} starter in YAML and Markdown that validates clean and builds`, () => {
      const dir = mkdtempSync(join(work, 'init-'));
      expect(runCli(['init', '--locale', locale], { cwd: dir }).status).toBe(0);
      expect(runCli(['init', '--format', 'md', '--locale', locale], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, 'journey.yaml'), 'utf8')).toContain(`locale: ${locale}`);
      expect(readFileSync(join(dir, 'journey.md'), 'utf8')).toContain(heading);
      const check = runCli(['validate', 'journey.yaml', 'journey.md'], { cwd: dir });
      expect(check.status).toBe(0);
      expect(check.stderr).not.toContain('warning');
      const build = runCli(['build', 'journey.yaml'], { cwd: dir });
      expect(build.status).toBe(0);
      expect(build.stderr).not.toContain('warning');
      const svg = readFileSync(join(dir, 'journey.svg'), 'utf8');
      expect(svg).toContain(title);
      expect(svg).toContain(`lang="${locale}"`);
      expect(runCli(['build', 'journey.md', '-o', '-'], { cwd: dir }).stdout).toBe(svg);
    });
  }

  it('takes the format from the file name, and prints to standard output with -', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    expect(runCli(['init', 'maps/checkout.md'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'maps/checkout.md'), 'utf8')).toMatch(/^---\n/);
    const out = runCli(['init', '-', '--locale', 'zh-Hant']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('locale: zh-Hant');
    expect(runCli(['init', 'x.txt'], { cwd: dir }).status).toBe(2);
    expect(runCli(['init', '--locale', 'fr'], { cwd: dir }).status).toBe(2);
  });
});

describe('Markdown input', () => {
  const yamlSvg = () => runCli(['build', 'examples/saas-trial-en.yaml', '-o', '-']).stdout;

  it('is chosen by the .md and .markdown extensions, and by --input-format for standard input', () => {
    const md = readFileSync(join(ROOT, 'examples/saas-trial-en.md'), 'utf8');
    const expected = yamlSvg();
    expect(expected).toContain('<svg');
    const copy = join(work, 'saas.markdown');
    writeFileSync(copy, md);
    // The id prefix follows the file name (saas-trial-en for the YAML), so the others name it.
    expect(runCli(['build', copy, '-o', '-', '--id-prefix', 'saas-trial-en']).stdout).toBe(expected);
    expect(runCli(['build', '-', '--input-format', 'md', '-o', '-', '--id-prefix', 'saas-trial-en'], { input: md }).stdout).toBe(expected);
    expect(runCli(['validate', '-', '--input-format', 'markdown'], { input: md }).status).toBe(0);
  });
});
