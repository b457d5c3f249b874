import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/**
 * Minified, gzipped size of a built entry as a consumer's bundler ships it: peers, core (for the
 * react figure) and gifenc (loaded by the download buttons on first use) left out.
 */
export function gzipSize(entry: string): { minified: number; gzip: number } {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
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
