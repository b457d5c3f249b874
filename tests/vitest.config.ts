import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve through their own `exports`, which point at src/ during development.
// The timeouts guard against hangs, not speed: property tests of hundreds of renders took 4 s of
// the 5 s default on a loaded 2-core machine and failed once there. Speed lives in `pnpm bench`.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'export',
          include: ['tests/export/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          testTimeout: 30_000,
          setupFiles: ['tests/react/setup.ts'],
        },
      },
    ],
  },
});
