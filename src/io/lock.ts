// One build at a time per out-dir: `<out-dir>/.cjm.lock` holds the pid and host of the build that
// writes there. A second build waits for it (saying so), or gives up after a timeout; so an
// out-dir never holds one format of a map from one version and another format from another.
// A lock whose process is gone (same host, pid not alive) is taken over. Creating the lock by
// link() from a finished temporary file means nobody ever sees it half written.
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readIfExists } from './write.js';

export const LOCK_NAME = '.cjm.lock';

export interface LockOptions {
  /** Give up after this long, in milliseconds. */
  timeoutMs: number;
  isAlive(pid: number): boolean;
  /** Called once, when the lock is held by someone else and this build starts waiting. */
  onWait?(holder: string): void;
  pid?: number;
  host?: string;
  /** Injected in tests; real waits otherwise. */
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export interface HeldLock {
  path: string;
  release(): Promise<void>;
}

export class LockTimeout extends Error {
  constructor(
    readonly path: string,
    readonly holder: string,
  ) {
    super(`${path} is held by ${holder}`);
  }
}

const POLL_MS = 100;

const parse = (text: string): { pid: number; host: string } | undefined => {
  const match = /^(\d+) (\S+)\n$/.exec(text);
  return match ? { pid: Number(match[1]), host: match[2] as string } : undefined;
};

/** `pid 123 on build-7`, for messages. */
const describe = (text: string | undefined): string => {
  const owner = text === undefined ? undefined : parse(text);
  return owner ? `pid ${owner.pid} on ${owner.host}` : 'an unknown process';
};

/** The lock's text; a lock that is not a regular file (a planted symlink) reads as unknown, never followed. */
const readLock = (path: string): Promise<string | undefined> =>
  readIfExists(path, 300).then(
    (b) => b?.toString('utf8'),
    () => undefined,
  );

/** Moves a dead holder's lock aside, and back if someone replaced it meanwhile. */
async function takeOver(path: string, seen: string, self: number): Promise<void> {
  const aside = `${path}.${self}.stale`;
  if (
    !(await rename(path, aside).then(
      () => true,
      () => false,
    ))
  )
    return;
  if ((await readLock(aside)) !== seen) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export async function acquireLock(dir: string, options: LockOptions): Promise<HeldLock> {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const path = join(dir, LOCK_NAME);
  const mine = `${pid} ${host}\n`;
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${LOCK_NAME}.${pid}.new`);
  // 'wx' after unlink: never written through something planted under this name.
  await unlink(temp).catch(() => undefined);
  await writeFile(temp, mine, { flag: 'wx' });
  const deadline = now() + options.timeoutMs;
  let waited = false;
  try {
    for (;;) {
      const linked = await link(temp, path).then(
        () => true,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') return false;
          throw err;
        },
      );
      if (linked) break;
      const seen = await readLock(path);
      const owner = seen === undefined ? undefined : parse(seen);
      if (seen !== undefined && owner && owner.host === host && owner.pid !== pid && !options.isAlive(owner.pid)) {
        await takeOver(path, seen, pid);
        continue;
      }
      if (now() >= deadline) throw new LockTimeout(path, describe(seen));
      if (!waited) options.onWait?.(describe(seen));
      waited = true;
      await sleep(POLL_MS);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return {
    path,
    async release() {
      // Only our own lock: if it was taken over (we were thought dead), it is no longer ours to remove.
      if ((await readLock(path)) === mine) await unlink(path).catch(() => undefined);
    },
  };
}
