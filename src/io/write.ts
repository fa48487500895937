// Safe writes: a temporary file in the same folder, then rename, so an interrupted build never
// leaves a half-written output; identical bytes are not rewritten, so mtimes stay put.
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

export type WriteOutcome = 'written' | 'unchanged';

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

export async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The temporary file writeAtomic renames into place; a batch removes leftovers when interrupted. */
export const tempPathFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<WriteOutcome> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const existing = await readIfExists(path);
  if (existing && sameBytes(existing, bytes)) return 'unchanged';
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  return 'written';
}
