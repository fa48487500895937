// Two projects, so the verdict does not depend on how busy the machine is:
// - unit: in-process tests (`npm run test:unit`, the edit loop);
// - e2e: tests that spawn the bundled CLI, a browser or poppler. Only these need the CLI bundle
//   (tests/global-setup.ts builds it) and get timeouts sized for a busy 2-core machine.
// A test file is e2e when its source runs a process: see E2E_MARKERS. `npm test` runs both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const E2E_MARKERS = /\brunCli\(|helpers\/(spawn-cli|browser|map-repo)\.js'|\.\/poppler\.js'|'node:child_process'/;

const testFiles = readdirSync('tests', { recursive: true })
  .map((f) => join('tests', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .sort();
export const e2eFiles = testFiles.filter((f) => E2E_MARKERS.test(readFileSync(f, 'utf8')));

export default defineConfig({
  test: {
    // Browser, PDF and end-to-end tests spawn processes; two cores, so keep the pool small.
    maxWorkers: 2,
    // Fails the run when a test leaves anything in the temporary folder (see the file).
    globalSetup: ['tests/tmpdir-guard.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      reporter: ['text-summary', 'json-summary'],
      reportOnFailure: true,
    },
    projects: [
      {
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: e2eFiles, testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: 'e2e',
          include: e2eFiles,
          // A spawned CLI run is bounded by runCli (150 s); a test may make a few.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          globalSetup: ['tests/global-setup.ts'],
        },
      },
    ],
  },
});
