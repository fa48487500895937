// The README's pre-commit hook and GitHub Actions workflow, run as written (with `npx cjm` pointed
// at this checkout's CLI): a commit with a stale diagram is refused until the maps are rebuilt.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { git, makeMapRepo } from '../helpers/map-repo.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = (lang: string, firstLine: RegExp): string => {
  const found = [...README.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '').find((b) => firstLine.test(b));
  if (!found) throw new Error(`README has no ${lang} block starting like ${firstLine}`);
  return found;
};
const withLocalCli = (script: string): string => script.replace(/npx (--no-install )?cjm/g, `"${process.execPath}" "${BIN}"`);

let repo: ReturnType<typeof makeMapRepo>;
beforeEach(() => {
  repo = makeMapRepo('cjm-readme-');
  writeFileSync(join(repo.dir, 'cjm.config.yaml'), block('yaml', /^# cjm\.config\.yaml/).replace(/^(page|font):.*$/gm, ''));
});
afterEach(() => repo.cleanup());

describe('README recipes', () => {
  it('the pre-commit hook refuses a commit whose diagrams are stale', () => {
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, withLocalCli(block('sh', /^#!\/bin\/sh/)));
    chmodSync(hook, 0o755);
    expect(runCli(['build'], { cwd: repo.dir }).status).toBe(0);
    git(repo.dir, 'add', '.');
    git(repo.dir, 'commit', '-q', '-m', 'maps and diagrams'); // passes the hook

    const spec = join(repo.dir, 'maps/saas-trial-en.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^title: .*$/m, 'title: Changed'));
    git(repo.dir, 'add', '.');
    expect(() => git(repo.dir, 'commit', '-q', '-m', 'edit without rebuilding')).toThrow(/journey maps are out of date/);
    expect(runCli(['build'], { cwd: repo.dir }).status).toBe(0);
    git(repo.dir, 'add', '.');
    expect(() => git(repo.dir, 'commit', '-q', '-m', 'edit with diagrams')).not.toThrow();
  });

  it('the workflow checks with the config file, and that check passes on a fresh build', () => {
    const workflow = parse(block('yaml', /^# \.github\/workflows\/maps\.yml/)) as { jobs: { check: { steps: { run?: string }[] } } };
    const last = workflow.jobs.check.steps.at(-1)?.run ?? '';
    expect(last).toMatch(/^npx cjm check --strict/);
    const args = last.replace(/#.*$/, '').trim().split(/\s+/).slice(2);
    expect(runCli(args, { cwd: repo.dir }).status).toBe(1); // nothing built yet: everything missing
    expect(runCli(['build'], { cwd: repo.dir }).status).toBe(0);
    expect(runCli(args, { cwd: repo.dir }).status).toBe(0);
  });
});
