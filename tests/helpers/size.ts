import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/**
 * Minified, gzipped size of what a page loads up front from a built entry, as a consumer's
 * bundler ships it: peers and core (for the react figure) left out, and code behind dynamic
 * import() (the download buttons' drawing and GIF encoder, loaded on first use) split off.
 */
export function gzipSize(entry: string): { minified: number; gzip: number } {
  const result = buildSync({
    entryPoints: { entry },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir: '/size-check',
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
  // The entry and the chunks it imports statically; dynamically imported chunks are not loaded.
  const byPath = new Map(result.outputFiles.map((f) => [f.path, f]));
  const entryFile = byPath.get('/size-check/entry.js');
  const loaded = new Set<string>();
  const visit = (path: string) => {
    const file = byPath.get(path);
    if (!file || loaded.has(path)) return;
    loaded.add(path);
    for (const [, spec] of file.text.matchAll(/(?:^|[;}])import[^"'()]*?["'](\.\/[^"']+)["']/g)) {
      visit(`/size-check/${(spec as string).slice(2)}`);
    }
  };
  if (entryFile) visit(entryFile.path);
  const code = Buffer.concat([...loaded].map((p) => Buffer.from(byPath.get(p)?.contents ?? [])));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
