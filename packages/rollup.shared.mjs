// One build recipe for every package: ESM + CJS with source maps, and bundled .d.ts / .d.cts.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/**
 * Keeps 'use client' where React Server Components need it. Rollup drops module-level
 * directives, and a Server Component importing the entry must find the themes and defineTheme
 * in files without the directive, the components in files with it. So modules are grouped into
 * chunks by side: `server…` what an entry reaches without crossing a module that starts with
 * 'use client' (plain values and functions), `client…` the rest, one chunk per side for what the
 * main entry reaches and one per set of other entries, and the client chunks start with the
 * directive. Code
 * only loaded by dynamic import() is left to rollup: only client code loads it.
 *
 * @param {string[]} entryFiles absolute paths of the entry modules
 * @returns {{ plugin: import('rollup').Plugin, manualChunks: import('rollup').GetManualChunk }}
 */
function keepUseClient(entryFiles) {
  const client = new Set();
  /** @type {Map<string, string> | undefined} */
  let groups;
  const group = (getModuleInfo) => {
    const reach = new Map();
    const onServer = new Set();
    const walk = (id, entry, server) => {
      const info = getModuleInfo(id);
      if (!info || info.isExternal) return;
      const entries = reach.get(id) ?? new Set();
      const serverNow = server && !client.has(id);
      if (entries.has(entry) && (!serverNow || onServer.has(id))) return;
      entries.add(entry);
      reach.set(id, entries);
      if (serverNow) onServer.add(id);
      for (const next of info.importedIds) walk(next, entry, serverNow);
    };
    for (const [i, file] of entryFiles.entries()) walk(file, i, true);
    const named = new Map();
    for (const [id, entries] of reach) {
      if (entryFiles.includes(id)) continue;
      const side = onServer.has(id) ? 'server' : 'client';
      // What the first entry (the main one) reaches shares one chunk per side; the rest by entry.
      named.set(id, entries.has(0) ? side : `${side}-${[...entries].sort().join('-')}`);
    }
    return named;
  };
  return {
    plugin: {
      name: 'keep-use-client',
      transform(code, id) {
        if (USE_CLIENT.test(code)) client.add(id);
        else client.delete(id);
        return null;
      },
      // A banner hook, so rollup shifts the source maps for it.
      banner: (chunk) => (chunk.name.startsWith('client') ? "'use client';" : ''),
    },
    manualChunks(id, { getModuleInfo }) {
      groups ??= group(getModuleInfo);
      return groups.get(id);
    },
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
  const sides = directives
    ? keepUseClient(
        entries.map((name) => fileURLToPath(new URL(`src/${name}.ts`, `file://${process.cwd()}/`))),
      )
    : undefined;
  const modules = sides ? { manualChunks: sides.manualChunks } : {};
  return [
    {
      input,
      external,
      plugins: [
        ...(sides ? [sides.plugin] : []),
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
