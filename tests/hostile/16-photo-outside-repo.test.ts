// A persona photo (`image:`) that leads out of the map's repository: through a symlink committed
// beside the map, by `../`, or by an absolute path. Each is an error at its `image:` line, the file
// is never read, and none of its bytes reach an output, a message or a code frame.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, expectNoSecretIn, runMeasured, tempFolder, tinyMap } from '../helpers/hostile.js';
import { git } from '../helpers/map-repo.js';

const SECRET = 'TOPSECRET-5e1b2d';
const tmp = tempFolder('16');
afterAll(() => tmp.remove());

const { dir } = tmp;
const repo = join(dir, 'repo');
mkdirSync(join(repo, 'maps', 'photos'), { recursive: true });
const png = readFileSync(new URL('../../examples/photos/jonas.png', import.meta.url));
// A real picture (not the one the good map shows) with the secret inside it: a reader that
// embedded it would carry the secret along.
const secretPng = Buffer.concat([readFileSync(new URL('../../examples/photos/mom.png', import.meta.url)), Buffer.from(SECRET)]);
writeFileSync(join(dir, 'secret.png'), secretPng);
symlinkSync('../../../secret.png', join(repo, 'maps', 'photos', 'face.png'));
writeFileSync(join(repo, 'maps', 'photos', 'ok.png'), png);
const withImage = (image: string): string => tinyMap('Photo').replace('  name: Tester\n', `  name: Tester\n  image: ${image}\n`);
writeFileSync(join(repo, 'maps', 'link.yaml'), withImage('./photos/face.png'));
writeFileSync(join(repo, 'maps', 'up.yaml'), withImage('../../secret.png'));
writeFileSync(join(repo, 'maps', 'absolute.yaml'), withImage(join(dir, 'secret.png')));
writeFileSync(join(repo, 'maps', 'good.yaml'), withImage('photos/ok.png'));
git(repo, 'init', '-q');
// What an embedded copy would start with: the base64 of the file's first bytes.
const embedded = secretPng.toString('base64').slice(0, 120);

describe('finding 16: a persona photo outside the repository', () => {
  it('is refused at its image: line, never read, and the good map still builds', () => {
    const run = runMeasured(['build', 'maps', '--out-dir', 'out', '-f', 'svg,html,pdf,json'], { cwd: repo });
    expectContained(run, [SECRET, embedded]);
    expect(run.status).toBe(1);
    for (const name of ['link', 'up', 'absolute']) expect(run.stderr).toContain(`maps/${name}.yaml:4:10: error image-outside: image "`);
    expect(run.stderr).toContain("leads outside this map's git repository; not read");
    expect(run.stderr).toContain('wrote out/good.svg');
    expect(readFileSync(join(repo, 'out', 'good.svg'), 'utf8')).toContain(`href="data:image/png;base64,${png.toString('base64').slice(0, 60)}`);
    expectNoSecretIn(join(repo, 'out'), [SECRET, embedded]);
  });

  it('is refused by validate too', () => {
    const run = runMeasured(['validate', 'maps/link.yaml'], { cwd: repo });
    expectContained(run, [SECRET, embedded]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error image-outside');
  });
});
