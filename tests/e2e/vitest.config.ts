import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser suites: one Chromium per file, files one at a time (2 cores).
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
