// The photo reader's rules: a PNG or JPEG (by its bytes) of at most 1 MB and 4,096 px a side, whose
// real path stays inside the spec's git repository, or its folder when there is none.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoRoot, readPhoto } from '../../src/io/photo.js';
import { imageInfo } from '../../src/io/image-info.js';
import { MAX_PHOTO_BYTES } from '../../src/model/limits.js';
import { tempDir } from '../helpers/temp.js';

const PNG = readFileSync(new URL('../../examples/photos/jonas.png', import.meta.url));
/** A JPEG's first segments: SOI, APP0 (JFIF), then a baseline frame of 40 × 30 px. */
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00,
  0x1e, 0x00, 0x28, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9,
]);
/** A PNG header that claims 20,000 × 20,000 px: a decompression bomb in 33 bytes. */
const HUGE = Buffer.concat([PNG.subarray(0, 16), Buffer.from([0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20]), PNG.subarray(24, 33)]);
const SECRET = 'TOPSECRET-photo';

// A repository with a map in a subfolder, and a folder with no repository beside it.
const top = tempDir('cjm-photo-');
const repo = join(top, 'repo');
const maps = join(repo, 'maps');
mkdirSync(join(repo, '.git'), { recursive: true });
mkdirSync(join(maps, 'photos'), { recursive: true });
mkdirSync(join(repo, 'shared'));
writeFileSync(join(maps, 'photos', 'mei.png'), PNG);
writeFileSync(join(maps, 'photos', 'mei.jpg'), JPEG);
writeFileSync(join(repo, 'shared', 'team.png'), PNG);
writeFileSync(join(maps, 'photos', 'notes.png'), `${SECRET}\n`);
writeFileSync(join(maps, 'photos', 'big.png'), Buffer.concat([PNG, Buffer.alloc(MAX_PHOTO_BYTES)]));
writeFileSync(join(maps, 'photos', 'huge.png'), HUGE);
mkdirSync(join(maps, 'photos', 'folder.png'));
writeFileSync(join(top, 'secret.png'), Buffer.concat([PNG, Buffer.from(SECRET)]));
symlinkSync('../../../secret.png', join(maps, 'photos', 'out.png'));
symlinkSync('../../shared/team.png', join(maps, 'photos', 'team.png'));
symlinkSync('/dev/zero', join(maps, 'photos', 'zero.png'));
execFileSync('mkfifo', [join(maps, 'photos', 'pipe.png')]);
const lone = join(top, 'lone');
mkdirSync(join(lone, 'photos'), { recursive: true });
writeFileSync(join(lone, 'photos', 'a.png'), PNG);

describe('readPhoto', () => {
  it('reads a PNG or a JPEG by its bytes, relative to the spec, anywhere in its repository (through a link too)', () => {
    expect(readPhoto('./photos/mei.png', maps)).toEqual({ ok: true, type: 'image/png', bytes: PNG });
    expect(readPhoto('photos/mei.jpg', maps)).toMatchObject({ ok: true, type: 'image/jpeg' });
    expect(readPhoto('../shared/team.png', maps)).toMatchObject({ ok: true, type: 'image/png' });
    expect(readPhoto('photos/team.png', maps)).toMatchObject({ ok: true, type: 'image/png' });
    expect(readPhoto('./photos/a.png', lone)).toMatchObject({ ok: true });
  });

  it('finds the repository by walking up to a .git, else keeps to the spec folder', () => {
    expect(photoRoot(maps)).toMatchObject({ scope: 'repository' });
    expect(photoRoot(maps).root.endsWith('/repo')).toBe(true);
    expect(photoRoot(lone)).toMatchObject({ scope: 'folder' });
  });

  it('refuses a path or a symlink that leaves the repository, without reading it', () => {
    for (const named of ['../../secret.png', join(top, 'secret.png'), 'photos/out.png', 'photos/zero.png']) {
      const read = readPhoto(named, maps);
      expect(read, named).toMatchObject({ ok: false, problem: 'outside', detail: 'repository' });
      expect(JSON.stringify(read)).not.toContain(SECRET);
    }
    // With no repository, the spec's own folder is the limit.
    expect(readPhoto('../repo/maps/photos/mei.png', lone)).toMatchObject({ ok: false, problem: 'outside', detail: 'folder' });
    // Out by its text: not even looked at, so a missing file out there is "outside" too, not "missing".
    expect(readPhoto('../../nowhere.png', maps)).toMatchObject({ ok: false, problem: 'outside' });
  });

  it('never takes an address, whatever its scheme', () => {
    for (const named of ['https://example.com/mei.png', 'http://127.0.0.1/x.png', 'file:///etc/passwd', 'data:image/png;base64,iVBORw0KGgo=']) {
      expect(readPhoto(named, maps), named).toEqual({ ok: false, problem: 'not-local' });
    }
  });

  it('tells a missing file, a folder, a pipe, a text file, an oversized file and a pixel bomb apart', () => {
    expect(readPhoto('photos/gone.png', maps)).toMatchObject({ ok: false, problem: 'missing' });
    expect(readPhoto('photos/folder.png', maps)).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(readPhoto('photos/pipe.png', maps)).toMatchObject({ ok: false, problem: 'not-image' });
    const text = readPhoto('photos/notes.png', maps);
    expect(text).toEqual({ ok: false, problem: 'not-image' });
    expect(readPhoto('photos/big.png', maps)).toEqual({ ok: false, problem: 'too-large', detail: String(PNG.length + MAX_PHOTO_BYTES) });
    expect(readPhoto('photos/huge.png', maps)).toEqual({ ok: false, problem: 'too-many-pixels', detail: '20000 × 20000' });
  });
});

describe('imageInfo', () => {
  it('reads the type and size from the header', () => {
    expect(imageInfo(PNG)).toEqual({ type: 'image/png', width: 192, height: 192 });
    expect(imageInfo(JPEG)).toEqual({ type: 'image/jpeg', width: 40, height: 30 });
  });

  it('refuses what only looks like an image at first', () => {
    expect(imageInfo(PNG.subarray(0, 20))).toBeUndefined();
    expect(imageInfo(JPEG.subarray(0, 12))).toBeUndefined();
    expect(imageInfo(Buffer.from('GIF89a\x01\x00\x01\x00'))).toBeUndefined();
    expect(imageInfo(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0]))).toBeUndefined();
    expect(imageInfo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]))).toBeUndefined();
  });
});
