// `cjm build` and `cjm check` on a git repository of maps, as CI runs them.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { git, makeMapRepo } from '../helpers/map-repo.js';

const GLOB = 'maps/**/*.{yaml,md}';
const BUILD = ['build', GLOB, '--out-dir', 'docs/maps', '-f', 'svg,html'];
const CHECK = ['check', GLOB, '--out-dir', 'docs/maps', '-f', 'svg,html'];
const OUTPUTS = [
  'docs/maps/saas-trial-en.html',
  'docs/maps/saas-trial-en.svg',
  'docs/maps/skincare-zh.html',
  'docs/maps/skincare-zh.svg',
  'docs/maps/team/event-platform-zh.html',
  'docs/maps/team/event-platform-zh.svg',
  'docs/maps/team/hotel-blueprint-en.html',
  'docs/maps/team/hotel-blueprint-en.svg',
];

let repo: ReturnType<typeof makeMapRepo>;
beforeEach(() => {
  repo = makeMapRepo();
});
afterEach(() => repo.cleanup());

const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { cwd: repo.dir, env: { CI: 'true', ...env } });
const changedFiles = (): string[] =>
  git(repo.dir, 'status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .sort();

describe('cjm build and check on a repository of maps', () => {
  it('mirrors the source tree, then check names exactly the stale output until it is rebuilt', () => {
    const built = run(BUILD);
    expect(built.stderr).toMatch(/^built 4 maps \(8 files, 8 written\) in \d+\.\d s$/m);
    expect(built.status).toBe(0);
    expect(changedFiles()).toEqual(OUTPUTS);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-q', '-m', 'diagrams');

    const clean = run(CHECK);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toMatch(/checked 4 maps \(8 files\) in \d+\.\d s: all up to date/);

    const spec = join(repo.dir, 'maps/skincare-zh.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: .*$/m, 'title: 小芳的保養品旅程（修訂）'));
    const before = statSync(join(repo.dir, 'docs/maps/saas-trial-en.svg')).mtimeMs;
    const stale = run(CHECK);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toBe(
      'docs/maps/skincare-zh.svg: stale (from maps/skincare-zh.yaml)\ndocs/maps/skincare-zh.html: stale (from maps/skincare-zh.yaml)\n',
    );
    expect(changedFiles()).toEqual(['maps/skincare-zh.yaml']); // check wrote nothing

    const rebuilt = run(BUILD);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toContain('wrote docs/maps/skincare-zh.svg\nwrote docs/maps/skincare-zh.html\n');
    expect(rebuilt.stderr).toMatch(/built 4 maps \(8 files, 2 written\)/);
    expect(changedFiles()).toEqual(['docs/maps/skincare-zh.html', 'docs/maps/skincare-zh.svg', 'maps/skincare-zh.yaml']);
    expect(statSync(join(repo.dir, 'docs/maps/saas-trial-en.svg')).mtimeMs).toBe(before); // unchanged bytes, untouched file
    expect(run(CHECK).status).toBe(0);
  });

  it('lists missing outputs, and with --strict outputs that no source produces', () => {
    run(['build', GLOB, '--out-dir', 'docs/maps']);
    git(repo.dir, 'mv', 'maps/saas-trial-en.yaml', 'maps/trial.yaml');
    const loose = run(['check', GLOB, '--out-dir', 'docs/maps']);
    expect(loose.status).toBe(1);
    expect(loose.stdout).toBe('docs/maps/trial.svg: missing (from maps/trial.yaml)\n');
    const strict = run(['check', GLOB, '--out-dir', 'docs/maps', '--strict']);
    expect(strict.stdout).toBe('docs/maps/trial.svg: missing (from maps/trial.yaml)\ndocs/maps/saas-trial-en.svg: no source\n');
    expect(strict.stderr).toMatch(/1 missing, 1 without a source/);
  });

  it('--strict leaves files cjm did not write alone (a logo.svg beside the maps is no orphan)', () => {
    run(BUILD);
    writeFileSync(join(repo.dir, 'docs/maps/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n');
    writeFileSync(join(repo.dir, 'docs/maps/notes.html'), '<!DOCTYPE html><title>notes</title>\n');
    expect(run([...CHECK, '--strict']).status).toBe(0);
    git(repo.dir, 'rm', '-q', 'maps/skincare-zh.yaml');
    const strict = run([...CHECK, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('docs/maps/skincare-zh.html: no source\ndocs/maps/skincare-zh.svg: no source\n');
  });

  it('builds the good maps when one is broken, reports it precisely and exits 1', () => {
    writeFileSync(join(repo.dir, 'maps/team/broken.yaml'), 'title: Broken\nstages:\n  - id: a\n    touchpoints:\n      - name: x\n        emotion: 9\n');
    const result = run(BUILD);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^maps\/team\/broken\.yaml:6:18: error /m);
    expect(result.stderr).toMatch(/built 4 maps \(8 files, 8 written\) in \d+\.\d s, 1 failed/);
    expect(readdirSync(join(repo.dir, 'docs/maps/team')).sort()).toEqual([
      'event-platform-zh.html',
      'event-platform-zh.svg',
      'hotel-blueprint-en.html',
      'hotel-blueprint-en.svg',
    ]);
    expect(run(CHECK).status).toBe(1); // a map that does not compile fails the gate too
  });

  it('prints one JSON document with every diagnostic and every output', () => {
    writeFileSync(join(repo.dir, 'maps/broken.yaml'), 'title: Broken\nstages: []\ncolour: red\n');
    const result = run([...BUILD, '--reporter', 'json']);
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout) as {
      command: string;
      ok: boolean;
      summary: Record<string, number>;
      maps: { source: string; failed: boolean; outputs: { path: string; status: string }[] }[];
      diagnostics: Record<string, unknown>[];
      errors: number;
    };
    expect(doc.command).toBe('build');
    expect(doc.ok).toBe(false);
    expect(doc.summary).toMatchObject({ maps: 4, failed: 1, files: 8, written: 8 });
    expect(doc.maps.map((m) => [m.source, m.failed])).toEqual([
      ['maps/broken.yaml', true],
      ['maps/saas-trial-en.yaml', false],
      ['maps/skincare-zh.yaml', false],
      ['maps/team/event-platform-zh.md', false],
      ['maps/team/hotel-blueprint-en.yaml', false],
    ]);
    const errors = doc.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBe(doc.errors);
    expect(errors.length).toBeGreaterThan(0);
    for (const d of doc.diagnostics) expect(Object.keys(d)).toEqual(expect.arrayContaining(['file', 'line', 'column', 'severity', 'code', 'message']));
    expect(errors.every((d) => d.file === 'maps/broken.yaml')).toBe(true);
  });

  it('prints only errors with --quiet', () => {
    const ok = run([...BUILD, '--quiet']);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    writeFileSync(join(repo.dir, 'maps/broken.yaml'), 'title: [\n');
    const bad = run([...BUILD, '--quiet']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^maps\/broken\.yaml:\d+:\d+: error /);
    expect(bad.stderr).not.toMatch(/warning|built|wrote/);
  });

  it('gives the same bytes on worker threads as on the main thread', () => {
    run(['build', GLOB, '--out-dir', 'one', '-f', 'svg,html,json', '--jobs', '1']);
    run(['build', GLOB, '--out-dir', 'many', '-f', 'svg,html,json', '--jobs', '3']);
    const files = readdirSync(join(repo.dir, 'one'), { recursive: true })
      .map(String)
      .filter((f) => f.includes('.'))
      .sort();
    expect(files).toHaveLength(12);
    for (const f of files) expect(readFileSync(join(repo.dir, 'many', f)).equals(readFileSync(join(repo.dir, 'one', f))), f).toBe(true);
  });

  it('reports usage problems with exit 2: no match, clashing outputs, bad --jobs', () => {
    expect(run(['build', 'nothing/**/*.yaml']).stderr).toContain('no journey specs match "nothing/**/*.yaml"');
    expect(run(['build', 'nothing/**/*.yaml']).status).toBe(2);
    writeFileSync(join(repo.dir, 'maps/skincare-zh.md'), '# x\n');
    const clash = run(['build', 'maps']);
    expect(clash.status).toBe(2);
    expect(clash.stderr).toContain('maps/skincare-zh.md and maps/skincare-zh.yaml would both write maps/skincare-zh.svg');
    expect(run(['build', 'maps', '--jobs', 'many']).status).toBe(2);
    expect(run(['check', '-']).status).toBe(2);
  });
});
