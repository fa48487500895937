// `cjm validate --reporter json` lists a file it cannot read as an io-error, as build's JSON does:
// a tool that reads only stdout must not see "errors: 0" for a missing spec.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('cjm validate --reporter json and unreadable files', () => {
  it('lists the missing file next to the others, exit 2', () => {
    const run = runCli(['validate', 'no/such.yaml', 'examples/saas-trial-en.yaml', '--reporter', 'json']);
    expect(run.status).toBe(2);
    const doc = JSON.parse(run.stdout) as { errors: number; diagnostics: { file: string; code: string; message: string; line: number }[] };
    expect(doc.errors).toBe(1);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ file: 'no/such.yaml', code: 'io-error', line: 1, message: 'no/such.yaml: no such file' })]);
    expect(run.stderr).toContain('cjm: error: no/such.yaml: no such file');
  });

  it('prints the problem once in text mode', () => {
    const run = runCli(['validate', 'no/such.yaml']);
    expect(run.stderr.match(/no such file/g)).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});
