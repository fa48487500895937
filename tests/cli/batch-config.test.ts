// Project defaults from cjm.config.yaml / package.json, and command-line flags winning over them.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeMapRepo } from '../helpers/map-repo.js';

let repo: ReturnType<typeof makeMapRepo>;
beforeEach(() => {
  repo = makeMapRepo('cjm-config-');
});
afterEach(() => repo.cleanup());

const run = (args: string[]) => runCli(args, { cwd: repo.dir, env: { CI: 'true' } });
const exists = (rel: string): boolean => existsSync(join(repo.dir, rel));

describe('cjm.config.yaml', () => {
  it('supplies the inputs, output folder, formats and theme when no flags are given', () => {
    writeFileSync(
      join(repo.dir, 'cjm.config.yaml'),
      'include: ["maps/**/*.yaml"]\nexclude: ["maps/team/**"]\noutDir: site/maps\nformats: [svg, json]\ntheme: dark\n',
    );
    const built = run(['build']);
    expect(built.status).toBe(0);
    expect(['site/maps/saas-trial-en.svg', 'site/maps/saas-trial-en.json', 'site/maps/skincare-zh.svg'].every(exists)).toBe(true);
    expect(exists('site/maps/team')).toBe(false);
    expect(readFileSync(join(repo.dir, 'site/maps/saas-trial-en.svg'), 'utf8')).toContain('data-theme="dark"');
    expect(run(['check']).status).toBe(0);
  });

  it('lets flags win over the file', () => {
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'include: ["maps/*.yaml"]\noutDir: site/maps\nformats: [json]\ntheme: dark\n');
    expect(run(['build', 'maps/team/hotel-blueprint-en.yaml', '--out-dir', 'other', '-f', 'svg', '--theme', 'mono']).status).toBe(0);
    expect(readFileSync(join(repo.dir, 'other/hotel-blueprint-en.svg'), 'utf8')).toContain('data-theme="mono"');
    expect(exists('site')).toBe(false);
    expect(exists('other/hotel-blueprint-en.json')).toBe(false);
  });

  it('lets the extension of -o win over the formats of the file, and -f over both', () => {
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'formats: [svg, html]\n');
    expect(run(['build', 'maps/skincare-zh.yaml', '-o', 'one/map.json']).status).toBe(0);
    expect(readdirSync(join(repo.dir, 'one'))).toEqual(['map.json']);
    expect(run(['build', 'maps/skincare-zh.yaml', '-o', 'two/map.svg', '-f', 'svg,json']).status).toBe(0);
    expect(readdirSync(join(repo.dir, 'two')).sort()).toEqual(['map.json', 'map.svg']);
    const piped = runCli(['build', '-', '-o', '-', '-f', 'json'], { cwd: repo.dir, input: readFileSync(join(repo.dir, 'maps/skincare-zh.yaml'), 'utf8') });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toHaveProperty('journey');
  });

  it('reads the "cjm" key of package.json', () => {
    writeFileSync(join(repo.dir, 'package.json'), JSON.stringify({ name: 'maps', cjm: { include: 'maps/team/*.yaml', outDir: 'pkg-out' } }));
    expect(run(['build']).status).toBe(0);
    expect(exists('pkg-out/hotel-blueprint-en.svg')).toBe(true);
  });

  it('stops with exit 2 and the line of a mistake in the file', () => {
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'include: ["maps/*.yaml"]\nfromats: [svg]\n');
    const result = run(['build']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cjm.config.yaml:2:1: unknown setting "fromats" (did you mean "formats"?)');
    expect(exists('maps/saas-trial-en.svg')).toBe(false);
  });

  it('asks for inputs when there is neither an argument nor an include', () => {
    const result = run(['build']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no input files');
  });
});

describe('cjm.config.yaml for validate and report', () => {
  // A valley (−2) with no pain point: valley-without-pain, a warning unless the config turns it up.
  const map = 'title: T\nstages:\n  - id: s\n    touchpoints:\n      - {name: a, emotion: 1}\n      - {name: b, emotion: -2}\n      - {name: c, emotion: 1}\n';

  it('validate judges a map with the rules of the config, as build does', () => {
    writeFileSync(join(repo.dir, 'valley.yaml'), map);
    expect(run(['validate', 'valley.yaml']).status).toBe(0);
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'rules: {valley-without-pain: error}\n');
    const strict = run(['validate', 'valley.yaml']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/valley\.yaml:6:\d+: error valley-without-pain/);
    expect(run(['build', 'valley.yaml']).status).toBe(1);
    // --config names another file, which wins over the one in the folder.
    writeFileSync(join(repo.dir, 'lenient.yaml'), 'rules: {valley-without-pain: off}\n');
    const lenient = run(['validate', 'valley.yaml', '--config', 'lenient.yaml']);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).not.toContain('valley-without-pain');
  });

  it('report counts valleys with the valleyThreshold of the config', () => {
    writeFileSync(join(repo.dir, 'valley.yaml'), map.replace('emotion: -2', 'emotion: 0'));
    const hurts = (stdout: string): string => stdout.slice(stdout.indexOf('Where it hurts'));
    expect(hurts(run(['report', 'valley.yaml']).stdout)).not.toContain(' b (s)');
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'valleyThreshold: 0\n');
    expect(hurts(run(['report', 'valley.yaml']).stdout)).toContain(' b (s)');
  });

  it('a broken config is a usage error for validate too', () => {
    writeFileSync(join(repo.dir, 'valley.yaml'), map);
    writeFileSync(join(repo.dir, 'cjm.config.yaml'), 'rules: {valley-without-pain: loud}\n');
    const run2 = run(['validate', 'valley.yaml']);
    expect(run2.status).toBe(2);
    expect(run2.stderr).toContain('cjm.config.yaml:1:8: rule valley-without-pain must be one of off, warning, error');
  });
});
