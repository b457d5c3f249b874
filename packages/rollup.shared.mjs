// One build recipe for every package: ESM + CJS with source maps, and bundled .d.ts / .d.cts.
import { copyFileSync } from 'node:fs';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/**
 * Keeps each source module's 'use client' at the top of its own output file. Rollup drops
 * module-level directives, and React Server Components must see the directive first in exactly
 * the files that need the client, not in the entry (whose themes and defineTheme run on the
 * server). Works with `preserveModules`, where one file is one module.
 *
 * @returns {import('rollup').Plugin}
 */
function keepUseClient() {
  const client = new Set();
  return {
    name: 'keep-use-client',
    transform(code, id) {
      if (USE_CLIENT.test(code)) client.add(id);
      else client.delete(id);
      return null;
    },
    // A banner hook, so rollup shifts the source maps for it.
    banner: (chunk) => (client.has(chunk.facadeModuleId) ? "'use client';" : ''),
  };
}

/**
 * @param {{ external?: (id: string) => boolean, banner?: string, directives?: boolean, entries?: string[], typeEntries?: string[], plugins?: import('rollup').Plugin[] }} options
 *   `entries` names files of src/ that become entry points (dist/<name>.js, .cjs); `typeEntries`
 *   those that also get declarations (default: all).
 *   `banner` is re-added at the top of each bundle: rollup drops module-level directives.
 *   `directives` instead keeps one output file per source module, each with the 'use client'
 *   its source starts with (see keepUseClient).
 */
export function packageBuild({
  external = () => false,
  banner,
  directives = false,
  entries = ['index'],
  typeEntries = entries,
  plugins = [],
} = {}) {
  const input = Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`]));
  const modules = directives ? { preserveModules: true, preserveModulesRoot: 'src' } : {};
  return [
    {
      input,
      external,
      plugins: [
        ...(directives ? [keepUseClient()] : []),
        esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: '../../tsconfig.base.json' }),
        ...plugins,
      ],
      onwarn(warning, warn) {
        // The directive is dropped on purpose (see banner); so is its source-map echo.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
      output: [
        {
          dir: 'dist',
          entryFileNames: '[name].js',
          format: 'es',
          sourcemap: true,
          banner,
          ...modules,
        },
        {
          ...modules,
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
