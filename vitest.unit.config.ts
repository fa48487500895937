// Unit runs without the CLI bundle step (for quick iteration on library modules): `npx vitest run -c vitest.unit.config.ts tests/layout`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/**/*.test.ts'], testTimeout: 60_000, maxWorkers: 2 },
});
