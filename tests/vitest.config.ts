import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) =>
  fileURLToPath(new URL(`../packages/${pkg}/src/index.ts`, import.meta.url));
const alias = {
  '@conv-arithmetic/core': src('core'),
  '@conv-arithmetic/react': src('react'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'react',
          include: ['tests/react/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/react/setup.ts'],
        },
      },
    ],
  },
});
