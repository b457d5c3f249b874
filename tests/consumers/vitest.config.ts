import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Consumer suites: packed tarballs installed into fresh projects (see setup.ts).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/consumers/**/*.test.ts'],
    globalSetup: ['tests/consumers/setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
