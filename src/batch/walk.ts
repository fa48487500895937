// Listing the files under a folder for folder and glob inputs. Hidden entries (editor swap files,
// .git) and node_modules are never descended into; symlinked folders are not followed (no cycles).
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * Every file below `root`, as `/`-separated paths relative to it, sorted so that builds and
 * reports come out in the same order on every machine. `depth` 0 lists only `root` itself.
 */
export async function listFiles(root: string, depth = Infinity): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, prefix: string, level: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // vanished or unreadable: nothing to list
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      let isFile = entry.isFile();
      if (entry.isSymbolicLink())
        isFile = await stat(full).then(
          (s) => s.isFile(),
          () => false,
        );
      if (isFile) found.push(rel);
      else if (entry.isDirectory() && level < depth && !SKIPPED_FOLDERS.has(entry.name)) await visit(full, rel, level + 1);
    }
  };
  await visit(root, '', 0);
  return found.sort(comparePaths);
}

/** Code-unit order, independent of the locale (localeCompare would differ between machines). */
export const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every folder below `root` (itself included), for watching; same skipping rules as listFiles. */
export async function listFolders(root: string): Promise<string[]> {
  const found: string[] = [root];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      found.push(join(dir, entry.name));
      await visit(join(dir, entry.name));
    }
  };
  await visit(root);
  return found.sort(comparePaths);
}
