// The out-dir lock with injected time: no test here waits on the clock.
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_NAME, LockTimeout } from '../../src/io/lock.js';

const dir = mkdtempSync(join(tmpdir(), 'cjm-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A clock that moves only when the lock sleeps. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('acquireLock', () => {
  it('creates the lock with pid and host, and removes it on release', async () => {
    const out = join(dir, 'a');
    const lock = await acquireLock(out, { timeoutMs: 0, isAlive: () => true, pid: 11, host: 'h', ...fakeClock() });
    expect(readFileSync(join(out, LOCK_NAME), 'utf8')).toBe('11 h\n');
    await lock.release();
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
  });

  it('waits for a live holder, says so once, and times out naming it', async () => {
    const out = join(dir, 'b');
    const first = await acquireLock(out, { timeoutMs: 0, isAlive: () => true, pid: 11, host: 'h', ...fakeClock() });
    const waits: string[] = [];
    const second = acquireLock(out, { timeoutMs: 1000, isAlive: () => true, pid: 12, host: 'h', onWait: (w) => waits.push(w), ...fakeClock() });
    await expect(second).rejects.toBeInstanceOf(LockTimeout);
    await expect(second).rejects.toMatchObject({ holder: 'pid 11 on h' });
    expect(waits).toEqual(['pid 11 on h']);
    await first.release();
  });

  it('gets the lock once the holder releases it', async () => {
    const out = join(dir, 'c');
    const first = await acquireLock(out, { timeoutMs: 0, isAlive: () => true, pid: 11, host: 'h', ...fakeClock() });
    let slept = 0;
    const second = await acquireLock(out, {
      timeoutMs: 10_000,
      isAlive: () => true,
      pid: 12,
      host: 'h',
      now: () => slept,
      sleep: async (ms) => {
        slept += ms;
        if (slept === 300) await first.release();
      },
    });
    expect(readFileSync(join(out, LOCK_NAME), 'utf8')).toBe('12 h\n');
    await second.release();
  });

  it('takes over a dead holder on the same host, never one on another host', async () => {
    const out = join(dir, 'd');
    const lock = await acquireLock(out, { timeoutMs: 0, isAlive: () => true, pid: 11, host: 'h', ...fakeClock() });
    const taken = await acquireLock(out, { timeoutMs: 0, isAlive: (pid) => pid !== 11, pid: 12, host: 'h', ...fakeClock() });
    expect(readFileSync(join(out, LOCK_NAME), 'utf8')).toBe('12 h\n');
    // The old holder's release must not remove the new holder's lock.
    await lock.release();
    expect(existsSync(join(out, LOCK_NAME))).toBe(true);
    await taken.release();
    writeFileSync(join(out, LOCK_NAME), '11 other-host\n');
    await expect(acquireLock(out, { timeoutMs: 0, isAlive: () => false, pid: 12, host: 'h', ...fakeClock() })).rejects.toBeInstanceOf(LockTimeout);
  });

  it('never follows a lock that is a symlink', async () => {
    const out = join(dir, 'e');
    await acquireLock(out, { timeoutMs: 0, isAlive: () => true, ...fakeClock() }).then((l) => l.release());
    symlinkSync('/dev/zero', join(out, LOCK_NAME));
    await expect(acquireLock(out, { timeoutMs: 0, isAlive: () => false, ...fakeClock() })).rejects.toMatchObject({ holder: 'an unknown process' });
  });
});
