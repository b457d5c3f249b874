// @vitest-environment node
// Developer-only messages sit behind `process.env.NODE_ENV !== 'production'`, kept literal in
// the built package so the consumer's bundler strips them from production builds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = new URL('../../packages/react/', import.meta.url).pathname;
const DIST = `${PACKAGE}dist/`;
const EXTERNAL = [
  'react',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  'react/jsx-runtime',
  'styled-components',
  '@conv-arithmetic/core',
  'gifenc',
];
/** Messages for developers only: in development bundles, never in production ones. */
const DEV_ONLY = [
  'conv-arithmetic: invalid props',
  "Decide on one for the component's lifetime",
  'or not a whole number; showing frame',
];

beforeAll(() => {
  if (!existsSync(`${DIST}index.js`)) {
    execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE, stdio: 'ignore' });
  }
}, 120_000);

/** The entry as a consumer's bundler ships it for `nodeEnv`: one minified file. */
function bundle(entry: string, nodeEnv: string): string {
  const result = buildSync({
    entryPoints: [`${DIST}${entry}`],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    external: EXTERNAL,
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('development-only messages', () => {
  it('the built package keeps process.env.NODE_ENV for the consumer to replace', () => {
    // One file per module, in folders (see rollup.shared.mjs).
    const dist = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(`${DIST}${name}`, 'utf8'))
      .join('\n');
    expect(dist).toMatch(/process\.env\.NODE_ENV !== ["']production["']/);
    for (const message of DEV_ONLY) expect(dist).toContain(message);
  });

  it.each(['index.js', 'exporting.js'])(
    '%s: present in development, stripped in production',
    (entry) => {
      const development = bundle(entry, 'development');
      const production = bundle(entry, 'production');
      expect(development).toContain('console.error');
      for (const message of DEV_ONLY) {
        if (entry === 'index.js') expect(development).toContain(message);
        expect(production).not.toContain(message);
      }
      expect(production).not.toContain('console.error');
      expect(production).not.toContain('console.warn');
    },
  );
});
