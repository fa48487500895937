// Safe writes: a temporary file in the same folder, then rename, so an interrupted build never
// leaves a half-written output; identical bytes are not rewritten, so mtimes stay put.
// Nothing here follows a symlink out of the output folder: existing outputs are read only when they
// are regular files (never /dev/zero behind a link), folders are checked against `root` before
// mkdir, the temporary file is created exclusively (a planted link is not written through), and the
// rename replaces an output that is a symlink by a file instead of writing to the link's target.
import { constants } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { assertFolderInside } from './contain.js';

export type WriteOutcome = 'written' | 'unchanged';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/**
 * The bytes of an existing output, to compare with a new one: undefined when there is none, or it
 * is not a regular file (a symlink, device, pipe or folder is never opened). At most `limit` + 1
 * bytes are read: anything longer differs from new content of `limit` bytes anyway.
 */
export async function readIfExists(path: string, limit = Number.MAX_SAFE_INTEGER): Promise<Buffer | undefined> {
  let handle: FileHandle | undefined;
  try {
    // O_NOFOLLOW fails on a symlink; O_NONBLOCK keeps a fifo from blocking the open.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO') return undefined;
    throw err;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    const want = Math.min(info.size, limit) + 1;
    const buffer = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await handle.read(buffer, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buffer.subarray(0, got);
  } finally {
    await handle.close();
  }
}

/** The temporary file writeAtomic renames into place; a batch removes leftovers when interrupted. */
export const tempPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

async function writeExclusive(temp: string, bytes: Uint8Array): Promise<void> {
  // 'wx' is O_CREAT|O_EXCL: it never opens an existing file or follows a symlink planted at `temp`.
  const handle = await open(temp, 'wx').catch(async (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
    // Our own pid's leftover from an earlier process with the same pid: remove the entry, not its target.
    await unlink(temp);
    return open(temp, 'wx');
  });
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}

/**
 * Writes `content` to `path` unless it already holds exactly those bytes. With `root`, refuses
 * (EOUTSIDE) when the output's folder really lies outside it, checked before any folder is made.
 */
export async function writeAtomic(path: string, content: string | Uint8Array, root?: string): Promise<WriteOutcome> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const dir = dirname(path);
  if (root !== undefined) await assertFolderInside(dir, root);
  const existing = await readIfExists(path, bytes.length);
  if (existing && sameBytes(existing, bytes)) return 'unchanged';
  await mkdir(dir, { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeExclusive(temp, bytes);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  return 'written';
}
