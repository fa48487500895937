// Every test cleans up after itself. The whole run gets a fresh temporary folder (TMPDIR, which the
// test workers, spawned CLIs and Chromium inherit); at the end anything left in it is listed and
// fails the run (exit 1), and the folder is removed, so the caller's TMPDIR stays as it was.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const outer = tmpdir();
  const dir = mkdtempSync(join(outer, 'cjm-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    process.env.TMPDIR = outer;
    if (left.length > 0) {
      console.error(`\ntests left ${left.length} entries in the temporary folder (every test must clean up after itself):\n  ${left.sort().join('\n  ')}`);
      process.exitCode = 1;
    }
  };
}
