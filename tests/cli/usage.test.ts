// The CLI as a user meets it: help, version, usage errors and their exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { VERSION } from '../../src/version.js';

describe('cjm usage', () => {
  it('prints help with examples and exits 0', () => {
    const run = runCli(['build', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('cjm build');
  });

  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it('stops quietly when the reader closes the pipe early (`cjm build -o - | head`)', () => {
    // The page is larger than a pipe's buffer, so cjm is still writing when head has gone.
    const cmd = `node bin/cjm.js build examples/skincare-zh.yaml -f html -o - | head -c 20 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toContain('status=0');
  });

  it('exits 2 on an unknown command or option, without a stack trace', () => {
    for (const args of [['frobnicate'], ['build', 'x.yaml', '--nope'], ['build', 'x.yaml', '--theme', 'neon']]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 when an input file does not exist', () => {
    const run = runCli(['validate', 'no/such/file.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no/such/file.yaml: no such file');
  });

  it('exits 2 on an unknown output format', () => {
    const run = runCli(['build', 'examples/saas-trial-en.yaml', '-f', 'gif']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown output format "gif"');
  });

  it('exits 2 when -o names a file whose extension is no output format, and writes nothing', () => {
    const run = runCli(['build', 'examples/saas-trial-en.yaml', '-o', 'test-output/map.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot tell the output format from ".txt"');
    expect(existsSync(join(ROOT, 'test-output/map.svg'))).toBe(false);
  });
});
