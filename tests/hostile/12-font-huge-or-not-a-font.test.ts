// Finding 12: `font:` naming a 1.5 GB file was read whole, and a non-font said "Cannot read
// properties of null (reading 'typeList')". Fonts are read up to 64 MB, as regular files only.
import { openSync, closeSync, ftruncateSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectContained, runMeasured, tempFolder, tinyMap } from '../helpers/hostile.js';

const tmp = tempFolder('12');
afterAll(() => tmp.remove());

describe('finding 12: font files that are huge, devices, or not fonts', () => {
  const { dir } = tmp;
  mkdirSync(join(dir, 'maps'));
  // Sparse: 1.5 GB long, no disk used.
  const huge = openSync(join(dir, 'huge.ttf'), 'w');
  ftruncateSync(huge, 1.5 * 1024 ** 3);
  closeSync(huge);
  writeFileSync(join(dir, 'random.ttf'), randomBytes(4096));
  // A TrueType header followed by garbage: fontkit accepts it, then fails on the first table it needs.
  writeFileSync(join(dir, 'header.ttf'), Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0]), randomBytes(2000)]));
  const cases: [string, string][] = [
    ['huge.ttf', 'larger than 64 MB'],
    ['random.ttf', 'not a font file'],
    ['header.ttf', 'not a font file'],
    ['/dev/zero', 'not a regular file'],
  ];
  for (const [font] of cases) {
    writeFileSync(join(dir, 'maps', `${font.replace(/\W/g, '-')}.yaml`), `font: ${font.startsWith('/') ? font : `../${font}`}\n${tinyMap(font)}`);
  }

  it.each(cases)('font: %s is refused with "%s"', (font, message) => {
    const spec = `maps/${font.replace(/\W/g, '-')}.yaml`;
    const run = runMeasured(['build', spec, '-f', 'pdf', '--out-dir', 'out'], { cwd: dir });
    expectContained(run);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error font-unreadable');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('Cannot read properties');
  });
});
