// Where a path really is: folders and files reached through symlinks are judged by their real
// path, so a link committed to a repository cannot send a read or a write somewhere else.
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** Whether `path` is `root` or below it (both absolute, already real). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `path`, or of its deepest existing ancestor joined with the rest (nothing is created). */
export async function realPathOfDeepestExisting(path: string): Promise<string> {
  let current = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(await realpath(current), ...rest);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const parent = dirname(current);
      // ENOENT: not there yet; ENOTDIR: a file where a folder would go, which mkdir reports later.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) throw err;
      rest.unshift(current.slice(parent.length).replace(/^[\\/]+/, ''));
      current = parent;
    }
  }
}

/** Thrown when an output folder is reached through a symlink that leaves the folder outputs belong in. */
export class OutsideRootError extends Error {
  readonly code = 'EOUTSIDE';
}

/**
 * Refuses when `folder` (existing or about to be created) really lies outside `root`: a symlinked
 * folder in an out-dir (`out/team -> /elsewhere`) must not receive outputs. Checked before mkdir.
 */
export async function assertFolderInside(folder: string, root: string): Promise<void> {
  const realRoot = await realPathOfDeepestExisting(root);
  const realFolder = await realPathOfDeepestExisting(folder);
  if (!isInside(realFolder, realRoot)) throw new OutsideRootError('its folder is a symlink that leads outside the output folder');
}
