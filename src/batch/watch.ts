// Noticing saved specs. Watches folders, not files: editors save by writing a new file and renaming
// it over the old one, which a watch on the old file's inode would miss. Events are collected for
// a short quiet spell (one save fires several) and handed over as one sorted list of paths.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isGlob, splitGlob } from './glob.js';
import type { SourceFile } from './sources.js';
import { comparePaths, listFolders } from './walk.js';

/** Long enough to merge the events of one save, short enough to feel instant. */
export const DEBOUNCE_MS = 80;

export interface FolderWatch {
  /** Watch exactly these folders from now on (new ones added, vanished ones dropped). */
  update(folders: readonly string[]): void;
  close(): void;
}

export function watchFolders(onChanges: (paths: string[]) => void, debounceMs = DEBOUNCE_MS): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // A round already under way may call update() after close(); it must not start watching again.
  let closed = false;
  const flush = (): void => {
    timer = undefined;
    const paths = [...pending].sort(comparePaths);
    pending.clear();
    if (paths.length > 0) onChanges(paths);
  };
  const add = (folder: string): void => {
    try {
      const watcher = watch(folder, (_event, name) => {
        pending.add(name ? join(folder, name.toString()) : folder);
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, debounceMs);
      });
      // A watched folder that is deleted reports an error; the next update() drops it.
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(folder);
      });
      watchers.set(folder, watcher);
    } catch {
      // gone before we could watch it
    }
  };
  return {
    update(folders) {
      if (closed) return;
      const wanted = new Set(folders);
      for (const [folder, watcher] of watchers) {
        if (!wanted.has(folder)) {
          watcher.close();
          watchers.delete(folder);
        }
      }
      for (const folder of wanted) if (!watchers.has(folder)) add(folder);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * Folders where a change can matter: every source's own folder, and every folder under a folder
 * or glob input (so a new spec there is picked up).
 */
export async function foldersToWatch(inputs: readonly string[], sources: readonly SourceFile[], cwd: string): Promise<string[]> {
  const folders = new Set(sources.map((s) => dirname(s.path)));
  for (const input of inputs) {
    const root = isGlob(input) ? resolve(cwd, splitGlob(input).base) : resolve(cwd, input);
    const isFolder =
      isGlob(input) ||
      (await stat(root).then(
        (s) => s.isDirectory(),
        () => false,
      ));
    if (isFolder) for (const folder of await listFolders(root)) folders.add(folder);
  }
  return [...folders].sort(comparePaths);
}
