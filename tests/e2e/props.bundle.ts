// Bundles the fuzz page as a consumer's production build would: React and our built packages
// (dist/, from `pnpm run build`) with process.env.NODE_ENV "production", so development-only code
// is dropped.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const PAGE = fileURLToPath(new URL('./props.page.tsx', import.meta.url));
const builtEntry = (name: string) =>
  fileURLToPath(new URL(`../../packages/${name}/dist/index.js`, import.meta.url));

/** Our packages' own exports point at src/ for development: consumers get dist/. */
const builtPackages: Plugin = {
  name: 'built-packages',
  setup(build) {
    build.onResolve({ filter: /^@conv-arithmetic\/(core|react)$/ }, (args) => {
      const path = builtEntry(args.path.slice('@conv-arithmetic/'.length));
      if (!existsSync(path)) throw new Error(`${path} is missing: run pnpm run build first`);
      return { path };
    });
  },
};

/**
 * Writes index.html and page.js into `dir` (a temp dir the caller owns).
 *
 * @example
 * const dir = mkdtempSync(join(tmpdir(), 'conv-fuzz-'))
 * await bundleFuzzPage(dir) // then serveStatic(dir)
 */
export async function bundleFuzzPage(dir: string): Promise<void> {
  await build({
    entryPoints: [PAGE],
    outfile: join(dir, 'page.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [builtPackages],
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>props fuzz</title></head>' +
      '<body><script src="/page.js"></script></body></html>',
  );
}
