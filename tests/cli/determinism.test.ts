// Same source, same options, same bytes: every output format, built in different time zones and
// locales (a date or number formatted by the host would show up here).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FORMATS = 'svg,html,json,pdf,png';
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

const filesUnder = (root: string): string[] => readdirSync(root, { recursive: true }).map(String).filter((f) => f.includes('.')).sort();

describe('deterministic outputs', () => {
  it('the host variations really differ (so the comparison below can fail)', () => {
    const probe = HOSTS.map((env) =>
      execFileSync(process.execPath, ['-e', 'process.stdout.write([Intl.DateTimeFormat().resolvedOptions().locale, new Date(0).getTimezoneOffset(), (1234.5).toLocaleString()].join(" "))'], { env: { ...process.env, ...env }, encoding: 'utf8' }),
    );
    expect(new Set(probe).size).toBe(HOSTS.length);
  });

  it(`gives identical ${FORMATS} bytes in every time zone and locale, from YAML and Markdown, on one thread or several`, () => {
    HOSTS.forEach((env, i) => {
      for (const [source, out] of [['examples/*.yaml', `yaml-${i}`], ['examples/*.md', `md-${i}`]] as const) {
        const run = runCli(['build', source, '--out-dir', join(dir, out), '-f', FORMATS, '--quiet', '--jobs', String(1 + (i % 3))], { env });
        expect(run.status, `${out}: ${run.stderr}`).toBe(0);
      }
    });
    const reference = filesUnder(join(dir, 'yaml-0'));
    expect(reference.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(4);
    for (const out of readdirSync(dir).filter((d) => d !== 'yaml-0')) {
      expect(filesUnder(join(dir, out)), out).toEqual(reference);
      for (const file of reference) {
        expect(readFileSync(join(dir, out, file)).equals(readFileSync(join(dir, 'yaml-0', file))), `${out}/${file}`).toBe(true);
      }
    }
  });
});
