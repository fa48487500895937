// Same source, same options, same bytes: every output format, built in different time zones and
// locales (a date or number formatted by the host would show up here).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FORMATS = 'svg,html,json,pdf';
/** Examples with a Markdown twin (examples/NAME.md beside NAME.yaml). */
const TWINS = new Set(
  readdirSync('examples')
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, '')),
);
const HOSTS: Record<string, string>[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Chatham', LANG: 'zh_TW.UTF-8', LC_ALL: 'zh_TW.UTF-8' },
  { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  { TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cjm-determinism-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.includes('.'))
    .sort();

describe('deterministic outputs', () => {
  it('the host variations really differ (so the comparison below can fail)', () => {
    const probe = HOSTS.map((env) =>
      execFileSync(
        process.execPath,
        ['-e', 'process.stdout.write([Intl.DateTimeFormat().resolvedOptions().locale, new Date(0).getTimezoneOffset(), (1234.5).toLocaleString()].join(" "))'],
        { env: { ...process.env, ...env }, encoding: 'utf8' },
      ),
    );
    expect(new Set(probe).size).toBe(HOSTS.length);
  });

  // The reference: UTC, the C locale, one thread, from YAML. Each host below is one test, so a slow
  // machine spreads the work over several test time limits.
  const build = (source: string, out: string, env: Record<string, string>, jobs: number) => {
    const run = runCli(['build', source, '--out-dir', join(dir, out), '-f', FORMATS, '--quiet', '--jobs', String(jobs)], { env });
    expect(run.status, `${out}: ${run.stderr}`).toBe(0);
  };

  it('the reference build writes every format', () => {
    build('examples/*.yaml', 'reference', HOSTS[0]!, 1);
    expect(filesUnder(join(dir, 'reference')).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(HOSTS.map((env, i) => [env.TZ!, env.LANG!, i] as const))(
    `gives identical ${FORMATS} bytes in TZ=%s LANG=%s, from YAML and Markdown`,
    (_tz, _lang, i) => {
      const reference = filesUnder(join(dir, 'reference'));
      expect(reference.length).toBeGreaterThan(0);
      for (const source of ['examples/*.yaml', 'examples/*.md']) {
        const out = `${source.endsWith('md') ? 'md' : 'yaml'}-${i}`;
        // One thread or several: workers must not change the bytes either.
        build(source, out, HOSTS[i]!, 1 + ((i + 1) % 3));
        // From Markdown: the outputs of the examples that have a .md twin (most do).
        const expected = source.endsWith('md') ? reference.filter((file) => TWINS.has(file.replace(/\.[^.]+$/, ''))) : reference;
        expect(expected.length, out).toBeGreaterThanOrEqual(16);
        expect(filesUnder(join(dir, out)), out).toEqual(expected);
        const differ = expected.filter((file) => !readFileSync(join(dir, out, file)).equals(readFileSync(join(dir, 'reference', file))));
        expect(differ, out).toEqual([]);
      }
    },
  );
});
