// Size budgets: gzip bytes of each package as a consumer's bundler ships it (minified, peers and
// core left out of the react figure). Prints the figures.
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const BUDGETS = { core: 3 * 1024, react: 12 * 1024 };

/** Minified, gzipped size of a built entry, with peers (and, for react, core) external. */
function gzipSize(entry: string): { minified: number; gzip: number } {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    // Peers, core, and gifenc, which the download buttons load on first use only.
    external: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'styled-components',
      '@conv-arithmetic/core',
      'gifenc',
    ],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

describe('size budgets', () => {
  it.each(['core', 'react'] as const)('%s fits its budget', (name) => {
    const { minified, gzip } = gzipSize(`${ROOT}packages/${name}/dist/index.js`);
    console.log(
      `size: @conv-arithmetic/${name} ${gzip} B gzip (${minified} B minified), budget ${BUDGETS[name]} B`,
    );
    expect(gzip).toBeLessThanOrEqual(BUDGETS[name]);
  });

  it('core/gallery is a separate, opt-in entry', () => {
    const { gzip } = gzipSize(`${ROOT}packages/core/dist/gallery.js`);
    console.log(`size: @conv-arithmetic/core/gallery ${gzip} B gzip`);
    expect(gzip).toBeLessThan(1024);
  });
});
