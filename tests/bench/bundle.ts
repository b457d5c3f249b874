// A production build of the bench page (React and styled-components in production mode,
// minified, our packages from their built dist) in a temp dir of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { distPath } from './built';
import { tempDir } from './temp';

export interface BuiltPage {
  /** The directory holding index.html and main.js. */
  directory: string;
  /** Removes the temp dir. */
  remove(): void;
}

/** Resolves our packages to their rollup output, as a consumer's bundler would. */
const builtPackages: Plugin = {
  name: 'built-packages',
  setup(builder) {
    builder.onResolve({ filter: /^@conv-arithmetic\/(core|react)$/ }, (args) => ({
      path: distPath(args.path.endsWith('core') ? 'core' : 'react'),
    }));
    // The opt-in entries, and the built chunks' own imports of them.
    builder.onResolve(
      { filter: /^@conv-arithmetic\/(core\/matrix|core\/channels|react\/explainer)$/ },
      (args) => ({
        path: args.path.endsWith('matrix')
          ? distPath('core', 'matrices.js')
          : args.path.endsWith('channels')
            ? distPath('core', 'channels.js')
            : distPath('react', 'explaining.js'),
      }),
    );
  },
};

export async function buildPage(): Promise<BuiltPage> {
  const { path: directory, remove } = tempDir('page');
  try {
    await build({
      entryPoints: [new URL('./page/main.tsx', import.meta.url).pathname],
      outfile: join(directory, 'main.js'),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [builtPackages],
      logLevel: 'error',
    });
    writeFileSync(
      join(directory, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>conv-arithmetic bench</title></head>' +
        '<body style="margin:0"><div id="root"></div><script src="main.js"></script></body></html>',
    );
    return { directory, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
