// Finding 2: a spec that is a symlink to a secret (`maps/env.yaml -> ../secret.env`,
// /proc/self/environ) had its first line printed in diagnostics and on serve's error page. Such
// specs, and anything that is not a regular file, are refused by path; their content is never read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, expectNoSecretIn, outside, runMeasured, snapshot, tempFolder, tinyMap } from '../helpers/hostile.js';
import { spawnCli } from '../helpers/spawn-cli.js';

const SECRET = 'TOPSECRET-7f3a9c';
const tmp = tempFolder('02');
afterAll(() => tmp.remove());

const { dir } = tmp;
mkdirSync(join(dir, 'maps'));
writeFileSync(join(dir, 'maps', 'good.yaml'), tinyMap('Good'));
// Shaped like a spec's first line, so a reader that parsed it would quote it in a code frame.
writeFileSync(join(dir, 'secret.env'), `token: ${SECRET}\n`);
writeFileSync(join(dir, 'secret.yaml'), `title: [${SECRET}\n`);
symlinkSync('../secret.env', join(dir, 'maps', 'env.yaml'));
symlinkSync('../secret.yaml', join(dir, 'maps', 'outside.yaml'));
symlinkSync('/proc/self/environ', join(dir, 'maps', 'proc.yaml'));
execFileSync('mkfifo', [join(dir, 'maps', 'pipe.yaml')]);
const env = { CJM_TEST_SECRET: SECRET };
const REFUSED = ['maps/env.yaml', 'maps/outside.yaml', 'maps/proc.yaml'];

describe('finding 2: specs that are symlinks to secrets, devices or pipes', () => {
  it('build of the folder refuses each by name, builds the good map, and quotes no secret', () => {
    const before = outside(snapshot(dir), 'out');
    const run = runMeasured(['build', 'maps', '--out-dir', 'out', '-f', 'svg,html,json'], { cwd: dir, env });
    expectContained(run, [SECRET, 'token:', 'title: [']);
    expect(run.status).toBe(1);
    for (const name of REFUSED) expect(run.stderr).toContain(`${name}: unsafe-input:`);
    expect(run.stderr).toContain('wrote out/good.svg');
    expectNoSecretIn(join(dir, 'out'), [SECRET]);
    expect(outside(snapshot(dir), 'out')).toEqual(before);
  });

  it('files named one by one (as a shell glob would) are refused too, the pipe included', () => {
    const named = [...REFUSED, 'maps/pipe.yaml'];
    for (const command of [
      ['build', ...named, '--out-dir', 'out2'],
      ['validate', ...named],
      ['validate', 'maps', '--reporter', 'json'],
      ['check', 'maps', '--out-dir', 'out', '--reporter', 'json'],
    ]) {
      const run = runMeasured(command, { cwd: dir, env });
      expectContained(run, [SECRET, 'token:', 'title: [']);
      expect(run.status, command.join(' ')).toBe(1);
    }
    const json = runMeasured(['validate', 'maps', '--reporter', 'json'], { cwd: dir, env });
    expect(json.stdout).toContain('"code": "unsafe-input"');
  });

  it('serve shows no page and no error page with the secret', async () => {
    const cli = spawnCli(['serve', 'maps', '--port', '0'], { cwd: dir, env });
    try {
      const [, origin] = await cli.waitFor(/serving \d+ maps? at (http:\/\/127\.0\.0\.1:\d+)/);
      for (const path of ['/', '/env.html', '/outside.html', '/proc.html', '/good.html']) {
        const body = await (await fetch(`${origin}${path}`)).text();
        expect(body, path).not.toContain(SECRET);
      }
      expect(cli.stderr()).toContain('maps/env.yaml: unsafe-input:');
      expect(cli.stdout() + cli.stderr()).not.toContain(SECRET);
    } finally {
      await cli.stop();
    }
  });
});
