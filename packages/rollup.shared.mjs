// One build recipe for every package: ESM + CJS with source maps, and bundled .d.ts / .d.cts.
import { copyFileSync } from 'node:fs';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

/**
 * @param {{ external?: (id: string) => boolean, banner?: string, entries?: string[], typeEntries?: string[], plugins?: import('rollup').Plugin[] }} options
 *   `entries` names files of src/ that become entry points (dist/<name>.js, .cjs); `typeEntries`
 *   those that also get declarations (default: all).
 *   `banner` is re-added at the top of each bundle: rollup drops module-level directives such as
 *   'use client', which React Server Components need to see first.
 */
export function packageBuild({
  external = () => false,
  banner,
  entries = ['index'],
  typeEntries = entries,
  plugins = [],
} = {}) {
  const input = Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`]));
  return [
    {
      input,
      external,
      plugins: [
        esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: '../../tsconfig.base.json' }),
        ...plugins,
      ],
      onwarn(warning, warn) {
        // The directive is dropped on purpose (see banner); so is its source-map echo.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
      output: [
        { dir: 'dist', entryFileNames: '[name].js', format: 'es', sourcemap: true, banner },
        {
          dir: 'dist',
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name]-[hash].cjs',
          format: 'cjs',
          sourcemap: true,
          banner,
          exports: 'named',
        },
      ],
    },
    // Declarations one entry at a time, so each .d.ts stands alone (no shared chunk to resolve).
    ...typeEntries.map((name) => ({
      input: `src/${name}.ts`,
      external,
      plugins: [
        dts({ tsconfig: '../../tsconfig.base.json' }),
        {
          name: 'cjs-types',
          // The same declarations serve `require`, under the .d.cts name TypeScript expects there.
          writeBundle: () => copyFileSync(`dist/${name}.d.ts`, `dist/${name}.d.cts`),
        },
      ],
      output: { file: `dist/${name}.d.ts`, format: 'es' },
    })),
  ];
}
