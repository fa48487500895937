// The batch seams as a library user sees them, imported from the package entry: settings merged
// over the config file, the job runner (naming, compiling, writing through a writer), and the
// watch loop, all in-process.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile, compileJob, jobsFor, loadSettings, mergeSettings, planBuild, planSingle, runAll, STDOUT, watchSources } from '../../src/index.js';
import type { OutputWriter, PlannedSource } from '../../src/index.js';

const SPEC = (title: string): string =>
  `title: ${title}\npersona: { name: Mia }\nstages:\n  - name: Discover\n    touchpoints:\n      - { name: Finds the shop, emotion: 2 }\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-library-'));
  mkdirSync(join(dir, 'maps'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('lets a value the caller gives win over the config file, and the config over the default', async () => {
    writeFileSync(join(dir, 'cjm.config.yaml'), 'include: [maps]\nformats: [svg, html]\ntheme: dark\noutDir: out\n');
    const fromConfig = await loadSettings({ files: [] }, dir);
    expect(fromConfig.problems).toEqual([]);
    expect(fromConfig.settings).toMatchObject({ inputs: ['maps'], formats: ['svg', 'html'], outDir: 'out', options: { theme: 'dark', page: 'fit' } });
    const typed = await loadSettings({ files: ['maps/a.yaml'], theme: 'mono', format: 'json' }, dir);
    expect(typed.settings).toMatchObject({ inputs: ['maps/a.yaml'], formats: ['json'], options: { theme: 'mono' } });
  });

  it('collects every problem, in order, and then gives no settings', () => {
    const merged = mergeSettings({ files: [], format: 'gif', jobs: '0' }, { values: {}, problems: ['cjm.config.yaml:1:1: oops'] }, dir);
    expect(merged.settings).toBeUndefined();
    expect(merged.problems).toEqual([
      'cjm.config.yaml:1:1: oops',
      'unknown output format "gif"; choose from svg, html, pdf, png, json',
      '--jobs must be a whole number of 1 or more (got "0")',
      'no input files: name specs, folders or globs, or set "include" in cjm.config.yaml',
    ]);
  });
});

describe('the job runner', () => {
  it('plans, compiles and writes a folder of maps, and check then finds them current', async () => {
    writeFileSync(join(dir, 'maps', 'a.yaml'), SPEC('A'));
    writeFileSync(join(dir, 'maps', 'b.yaml'), SPEC('B'));
    const { settings } = mergeSettings({ files: ['maps'], format: 'svg,json', outDir: 'out' }, { values: {}, problems: [] }, dir);
    const { planned, problems } = await planBuild(settings!, dir);
    expect(problems).toEqual([]);
    const built = await runAll(jobsFor(planned!, settings!.options, 'write'), { parallel: 1, compile, onResult() {} });
    expect(built.flatMap((r) => r.outputs.map((o) => `${o.shown} ${o.status}`))).toEqual([
      'out/a.svg written',
      'out/a.json written',
      'out/b.svg written',
      'out/b.json written',
    ]);
    expect(readFileSync(join(dir, 'out', 'a.svg'), 'utf8')).toContain('<svg');
    const checked = await runAll(jobsFor(planned!, settings!.options, 'check'), { parallel: 1, compile, onResult() {} });
    expect(checked.flatMap((r) => r.outputs.map((o) => o.status))).toEqual(['current', 'current', 'current', 'current']);
  });

  it("names one map's outputs from -o and hands standard output to the writer", async () => {
    expect(planSingle(join(dir, 'maps', 'a.yaml'), ['svg', 'html'], 'docs/map.svg', undefined, dir).map((o) => o.shown)).toEqual([
      'docs/map.svg',
      'docs/map.html',
    ]);
    expect(planSingle(undefined, ['svg'], undefined, undefined, dir)).toEqual([{ format: 'svg', path: STDOUT, shown: STDOUT }]);
    const chunks: string[] = [];
    const write: OutputWriter = async (_output, content) => {
      chunks.push(String(content));
      return undefined;
    };
    const job = { id: 0, file: '<stdin>', path: STDOUT, outputs: planSingle(undefined, ['svg'], STDOUT, undefined, dir), options: {}, mode: 'write' as const };
    const result = await compileJob(job, SPEC('Stdin'), compile, write);
    expect(result).toMatchObject({ failed: false, outputs: [] });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toContain('Stdin');
  });

  it('writes nothing for a map with errors and says why', async () => {
    const written: string[] = [];
    const job = {
      id: 0,
      file: 'bad.yaml',
      path: join(dir, 'bad.yaml'),
      outputs: planSingle(join(dir, 'bad.yaml'), ['svg'], undefined, undefined, dir),
      options: {},
      mode: 'write' as const,
    };
    const result = await compileJob(job, 'title: [\n', compile, async (o) => {
      written.push(o.path);
      return 'written';
    });
    expect(result.failed).toBe(true);
    expect(result.diagnostics[0]?.severity).toBe('error');
    expect(written).toEqual([]);
  });
});

describe('the watch loop', () => {
  it('builds everything, rebuilds only the saved map, and stops when asked', async () => {
    writeFileSync(join(dir, 'maps', 'a.yaml'), SPEC('A'));
    writeFileSync(join(dir, 'maps', 'b.yaml'), SPEC('B'));
    const { settings } = mergeSettings({ files: ['maps'] }, { values: {}, problems: [] }, dir);
    const rounds: string[][] = [];
    let stop = (): void => {};
    const until = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let saved = false;
    const watched = watchSources({
      inputs: settings!.inputs,
      cwd: dir,
      plan: async () => (await planBuild(settings!, dir)).planned,
      async rebuild(sources: PlannedSource[], first: boolean) {
        rounds.push(sources.map((s) => `${first ? 'first' : 'later'} ${s.file}`));
        if (!first) stop();
      },
      ready() {
        // Saved only once the first round is done and the folder is watched; the same text is no change.
        if (saved) return;
        saved = true;
        setImmediate(() => {
          writeFileSync(join(dir, 'maps', 'a.yaml'), SPEC('A'));
          writeFileSync(join(dir, 'maps', 'b.yaml'), SPEC('B, edited'));
        });
      },
      onError: (message) => rounds.push([`error ${message}`]),
      until,
      debounceMs: 20,
    });
    expect(await watched).toBe(true);
    expect(rounds).toEqual([['first maps/a.yaml', 'first maps/b.yaml'], ['later maps/b.yaml']]);
  });

  it('returns false at once when there is nothing to watch', async () => {
    const never = new Promise<void>(() => {});
    const result = await watchSources({ inputs: [], cwd: dir, plan: async () => undefined, rebuild: async () => {}, onError() {}, until: never });
    expect(result).toBe(false);
  });
});
