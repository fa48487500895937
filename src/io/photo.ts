// Reading a persona photo (`image:`) named by a spec a stranger may have written. The path is
// relative to the spec and must stay, symlinks resolved, inside the spec's git repository (the
// nearest folder up with a .git), or inside the spec's own folder when there is none. A path that
// leaves it is refused by its text before anything is opened, a symlink that leads out of it by its
// real path before it is opened: its bytes never reach a page. Nothing is fetched from the network.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside } from './contain.js';
import { MAX_PHOTO_BYTES, MAX_PHOTO_SIDE } from '../model/limits.js';
import type { PhotoType } from '../model/photo.js';
import { imageInfo } from './image-info.js';

export type PhotoProblem = 'not-local' | 'outside' | 'missing' | 'not-image' | 'too-large' | 'too-many-pixels' | 'unreadable';

export type PhotoRead =
  | { ok: true; type: PhotoType; bytes: Buffer }
  | {
      ok: false;
      problem: PhotoProblem;
      /** What the photo had to stay in (outside: 'repository' or 'folder'), or the size found (too-large, too-many-pixels). */
      detail?: string;
      error?: unknown;
    };

/** A URL (`https:`, `data:`, `file:` …): a photo is a file in the repository, never fetched. One letter before the colon is a Windows drive. */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:/i;

const hasGit = (dir: string): boolean => lstatSync(join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;

/** The folder a spec's photos must stay in (a real path): its repository's top, else the spec's own folder. */
export function photoRoot(specFolder: string): { root: string; scope: 'repository' | 'folder' } {
  const real = realpathSync(specFolder);
  for (let dir = real; ; dir = dirname(dir)) {
    if (hasGit(dir)) return { root: dir, scope: 'repository' };
    if (dirname(dir) === dir) return { root: real, scope: 'folder' };
  }
}

const fail = (problem: PhotoProblem, detail?: string, error?: unknown): PhotoRead => ({
  ok: false,
  problem,
  ...(detail === undefined ? {} : { detail }),
  ...(error === undefined ? {} : { error }),
});

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | undefined)?.code;

/** Reads the photo `named` (as written in the spec) for the spec in `specFolder`. Synchronous: the docs plugins compile synchronously. */
export function readPhoto(named: string, specFolder: string): PhotoRead {
  if (URL_LIKE.test(named)) return fail('not-local');
  let folder: string;
  let root: string;
  let scope: 'repository' | 'folder';
  try {
    folder = realpathSync(specFolder);
    ({ root, scope } = photoRoot(folder));
  } catch (err) {
    return fail('unreadable', undefined, err);
  }
  const path = resolve(folder, named);
  // Judged by its text first: a path out of the repository is never looked at, so it cannot probe what exists there.
  if (!isInside(path, root)) return fail('outside', scope);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    return code(err) === 'ENOENT' || code(err) === 'ENOTDIR' ? fail('missing') : fail('unreadable', undefined, err);
  }
  if (!isInside(real, root)) return fail('outside', scope);
  let fd: number;
  try {
    // O_NONBLOCK: opening a fifo must not wait for a writer; the type is checked right after.
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    return fail('unreadable', undefined, err);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return fail('unreadable', undefined, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    if (!info.isFile()) return fail('not-image');
    if (info.size > MAX_PHOTO_BYTES) return fail('too-large', String(info.size));
    // One byte more than allowed: a file that grew after fstat is still caught.
    const buffer = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    let got = 0;
    while (got < buffer.length) {
      const n = readSync(fd, buffer, got, buffer.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got > MAX_PHOTO_BYTES) return fail('too-large', String(got));
    const bytes = buffer.subarray(0, got);
    const image = imageInfo(bytes);
    if (!image) return fail('not-image');
    if (image.width > MAX_PHOTO_SIDE || image.height > MAX_PHOTO_SIDE) return fail('too-many-pixels', `${image.width} × ${image.height}`);
    return { ok: true, type: image.type, bytes: Buffer.from(bytes) };
  } catch (err) {
    return fail('unreadable', undefined, err);
  } finally {
    closeSync(fd);
  }
}
