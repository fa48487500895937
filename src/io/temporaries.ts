// Temporary files writeAtomic leaves behind when its process is killed (SIGKILL, a crashed CI
// runner): `.name.svg.PID.tmp` next to the output. Only files of that exact pattern whose writer
// process is gone count; a build running right now keeps its own. Whether a pid is alive is the
// CLI's to answer (process APIs stay in src/cli), so it is passed in.
import { readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertFolderInside } from './contain.js';

const TEMPORARY = /^\..+\.(svg|html|pdf|json)\.(\d+)\.tmp$/;

/** The pid in a temporary file's name, if the name has the pattern writeAtomic uses. */
export function temporaryWriter(name: string): number | undefined {
  const match = TEMPORARY.exec(name);
  return match ? Number(match[2]) : undefined;
}

/**
 * Leftover temporaries in the folders of `outputs` (each folder checked to really lie inside its
 * output's root, so a symlinked folder is never searched or cleaned) whose writer is not alive.
 */
export async function findStaleTemporaries(outputs: readonly { path: string; root?: string }[], isAlive: (pid: number) => boolean): Promise<string[]> {
  const found: string[] = [];
  const folders = new Map(outputs.map((o) => [dirname(o.path), o.root]));
  for (const [folder, root] of folders) {
    const inside =
      root === undefined ||
      (await assertFolderInside(folder, root).then(
        () => true,
        () => false,
      ));
    if (!inside) continue;
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const pid = temporaryWriter(name);
      if (pid !== undefined && !isAlive(pid)) found.push(join(folder, name));
    }
  }
  return found.sort();
}

/** Removes the given temporaries (the entries themselves; a symlink's target is never touched). */
export async function removeTemporaryFiles(paths: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const path of paths)
    if (
      await unlink(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(path);
  return removed;
}
