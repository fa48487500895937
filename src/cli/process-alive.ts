// Whether a process still runs, for stale temporary files and locks (src/io asks; process APIs stay here).

/** Signal 0 checks without sending anything: ESRCH means gone; EPERM means alive under another user. */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
