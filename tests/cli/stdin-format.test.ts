// `cat map.md | cjm build -` works without --input-format: standard input is sniffed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

describe('standard input format', () => {
  const md = readFileSync(`${ROOT}/examples/saas-trial-en.md`, 'utf8');

  it('builds Markdown from standard input with no --input-format', () => {
    const run = runCli(['build', '-', '-o', '-', '-f', 'json'], { input: md });
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    const viaFile = runCli(['build', 'examples/saas-trial-en.md', '-o', '-', '-f', 'json']);
    expect(run.stdout).toBe(viaFile.stdout);
  });

  it('validates and converts Markdown from standard input', () => {
    expect(runCli(['validate', '-'], { input: md }).status).toBe(0);
    const yaml = runCli(['convert', '-', '--to', 'yaml'], { input: md });
    expect(yaml.status).toBe(0);
    expect(yaml.stdout).toMatch(/^title: /m);
  });

  it('still honours --input-format', () => {
    const run = runCli(['validate', '-', '--input-format', 'yaml'], { input: md });
    expect(run.status).toBe(1);
  });
});
