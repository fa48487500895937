import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser, PDF and end-to-end tests spawn processes; two cores, so keep the pool small.
    maxWorkers: 2,
    globalSetup: ['tests/global-setup.ts'],
  },
});
