// Reading a spec from a folder a stranger may have filled (a pull request can add any file or
// symlink). A spec is read only when it is a regular file whose real path stays inside the folder
// being built; a symlink must also lead to a spec-named file. Anything else is refused by path
// alone: its content is never read, so it can never reach a message, a code frame or a page.
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isInside } from './contain.js';
import { ioReason } from './reason.js';

/** Larger specs are refused unread (the parser's own, smaller size limit then never sees them). */
export const SPEC_READ_LIMIT = 64 * 1024 * 1024;

const SPEC_NAME = /\.(ya?ml|md|markdown)$/i;

export type SpecRead = { ok: true; text: string } | { ok: false; unsafe: boolean; reason: string; error?: unknown };

const refuse = (reason: string): SpecRead => ({ ok: false, unsafe: true, reason });

/**
 * The folder a file named on the command line may link within: its own folder. A shell expands
 * `maps/*.yaml` into names, so a stranger's `maps/x.yaml -> ../secret.yaml` arrives named too; a
 * link to a sibling (`a.yaml -> a-v2.yaml`) or below it still works, and `../x.yaml` typed by hand
 * is not a link, so it is read wherever it is.
 */
export function rootForNamedFile(path: string): string {
  return dirname(resolve(path));
}

/** Reads the spec at `path` if it is safe to (see above); `root` is the folder or glob base being built. */
export async function readSpecFile(path: string, root: string): Promise<SpecRead> {
  let real: string;
  let realRoot: string;
  try {
    real = await realpath(path);
    realRoot = await realpath(root).catch(() => resolve(root));
  } catch (err) {
    return { ok: false, unsafe: false, reason: '', error: err };
  }
  if (!isInside(real, realRoot)) return refuse('it leads (through a symlink) outside the folder being built; not read');
  const linked = await lstat(path).then(
    (s) => s.isSymbolicLink(),
    () => false,
  );
  if (linked && !SPEC_NAME.test(basename(real))) return refuse('it is a symlink to a file not named .yaml, .yml, .md or .markdown; not read');
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a fifo must not wait for a writer; the type is checked right after.
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'ELOOP') return refuse('not a regular file; not read');
    return { ok: false, unsafe: false, reason: '', error: err };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, unsafe: false, reason: '', error: Object.assign(new Error('is a folder'), { code: 'EISDIR' }) };
    if (!info.isFile()) return refuse('not a regular file (a device, pipe or socket); not read');
    if (info.size > SPEC_READ_LIMIT) return refuse(`larger than ${SPEC_READ_LIMIT / 1024 / 1024} MB; not read`);
    const buffer = Buffer.alloc(Math.min(info.size, SPEC_READ_LIMIT) + 1);
    let got = 0;
    while (got < buffer.length) {
      const { bytesRead } = await handle.read(buffer, got, buffer.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > SPEC_READ_LIMIT) return refuse(`larger than ${SPEC_READ_LIMIT / 1024 / 1024} MB; not read`);
    return { ok: true, text: buffer.subarray(0, got).toString('utf8') };
  } catch (err) {
    return { ok: false, unsafe: false, reason: '', error: err };
  } finally {
    await handle.close();
  }
}

/** The stable code of a refused spec, in messages and the JSON report. */
export const UNSAFE_INPUT = 'unsafe-input';

/** `maps/env.yaml: unsafe-input: …` for a refusal; for an ordinary failure, `reason` from ioReason. */
export function specReadProblem(file: string, read: Exclude<SpecRead, { ok: true }>): string {
  return read.unsafe ? `${file}: ${UNSAFE_INPUT}: ${read.reason}` : `${file}: ${ioReason(read.error)}`;
}
