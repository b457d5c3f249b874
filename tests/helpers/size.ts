import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/**
 * What a page loads up front from an entry, as a consumer's bundler ships it: minified, peers and
 * core (for the react figure) left out, and code behind dynamic import() (the download buttons'
 * drawing and GIF encoder, loaded on first use) split off. esbuild's default browser platform
 * defines `process.env.NODE_ENV` as "production" when minifying, as a consumer's production
 * build does, so development-only warnings are dropped. Returns the files loaded and, per source
 * module, the bytes it contributes to them.
 */
function pageBuild(entry: string, imports?: readonly string[]) {
  // With `imports`, the page imports only those names (as a page with one figure does), so the
  // package's other components are tree-shaken away (the package is side-effect free).
  const page = imports && {
    contents: `export { ${imports.join(', ')} } from ${JSON.stringify(entry)};`,
    resolveDir: '.',
    sourcefile: 'entry.js',
  };
  const result = buildSync({
    ...(page ? { stdin: page } : { entryPoints: { entry } }),
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    splitting: true,
    metafile: true,
    // Only source entries hold JSX (the breakdown's); compiled as the package build compiles it.
    jsx: 'automatic',
    outdir: 'size-check',
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
  // The entry plus the chunks it imports statically (esbuild's metafile says which are dynamic).
  const outputs = result.metafile.outputs;
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path) || !outputs[path]) return;
    loaded.add(path);
    for (const link of outputs[path].imports)
      if (link.kind === 'import-statement') visit(link.path);
  };
  visit(page ? 'size-check/stdin.js' : 'size-check/entry.js');
  const files = result.outputFiles.filter((file) =>
    [...loaded].some((path) => file.path.endsWith(path)),
  );
  const modules = new Map<string, number>();
  for (const path of loaded)
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {}))
      modules.set(input, (modules.get(input) ?? 0) + bytesInOutput);
  return { code: Buffer.concat(files.map((file) => Buffer.from(file.contents))), modules };
}

/** Minified, gzipped size of what a page loads up front from a built entry (see pageBuild). */
export function gzipSize(
  entry: string,
  imports?: readonly string[],
): { minified: number; gzip: number } {
  const { code } = pageBuild(entry, imports);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** One source module's part of the up-front page: minified bytes, and its share of the gzip. */
export interface ModuleWeight {
  module: string;
  minified: number;
  /** The page's gzip size split in proportion to minified bytes: an estimate, gzip is global. */
  gzipShare: number;
}

/**
 * Which modules make up the page {@link gzipSize} measures, heaviest first. Built dist files are
 * rollup chunks, so pass a source entry (packages/react/src/index.ts) to see source modules; the
 * totals then differ from the dist's by rollup's and esbuild's different output (a few %).
 */
export function sizeBreakdown(
  entry: string,
  imports?: readonly string[],
): { minified: number; gzip: number; modules: ModuleWeight[] } {
  const { code, modules } = pageBuild(entry, imports);
  const gzip = gzipSync(code, { level: 9 }).length;
  const weights = [...modules]
    .filter(([, minified]) => minified > 0)
    .map(([module, minified]) => ({
      module,
      minified,
      gzipShare: Math.round((minified / code.length) * gzip),
    }))
    .sort((a, b) => b.minified - a.minified);
  return { minified: code.length, gzip, modules: weights };
}

/** What the react budget measures: a page that shows one figure. */
export const REACT_PAGE_IMPORTS = ['ConvAnimation'] as const;

/**
 * Gzip budgets, in bytes, of what a page loads up front from each package: one figure for the
 * size test and the benchmark (react: a page importing {@link REACT_PAGE_IMPORTS}; core: the whole entry). Core grew from 3 to 3.25 KiB for validation that names the
 * caller's value for every bad input and the limits checked before work, then to 4.25 KiB
 * with pooling (the whole entry is measured; bundlers drop what a page does not call); react from 12 to
 * 13 KiB for a check of every prop and theme token (the CSS colour names alone are ~0.7 kB), then
 * to 14.5 KiB for the equation line and progressive reveal, which every component offers (issue 15),
 * then to 16 KiB for slides (issue 13): fit="contain" measures and scales the figure (0.3 kB),
 * themes compose, numbers are sized to fit their cells, connectors pass behind the output sheet,
 * and the counter holds its width; all of it runs on that page.
 * Components a page does not import (pooling, explainer, playground) are not in its budget.
 * Core then grew to 5 KiB for channels, groups and padding modes in every spec and diagram (issue
 * 16: validation naming each parameter, PyTorch's fill limits, a weight index per tap, 4,957 B);
 * the stacked convolutions themselves are the opt-in core/channels entry. React then grew to
 * 16.125 KiB (16,434 B) for what a one-map figure of issue 16 needs on the page: the 1-D strip
 * layout (the exporters draw it too), padding modes printing the values they copy, the channel
 * props routed and named in the title; the picture of several maps and its checks load on use.
 * Issue 11 then added ~0.6 kB: the figure renders its own stylesheet, so server HTML is styled
 * with no host setup (the CSS styled-components used to inject at run time now ships as text,
 * ~0.9 kB with the auto theme's rules), a paused still with disabled controls until hydration,
 * and the auto theme drawn through CSS variables. With issue 17's step work (memoised controls, three stacked sheets; the hover highlight and the
 * download's assembly moved to first use) the three merged make the page 17,652 B, budget 17.5 KiB: issue 17's 12 kB is not reached.
 * The frame store (a step re-renders the overlay, count and words, not the figure: scripting per
 * step from 0.8–1.0 to 0.6–0.8 ms) and the count, slider and live region laid out as boxes of their
 * own (layout per step roughly halved) add 533 B: 18,187 B (with a keyed highlight; 18,086 B after
 * the explainer step work), budget 18 KiB. A measured trade of
 * bytes for the per-step cost; `tests/helpers/sizeBreakdown.ts` lists the page by module.
 */
export const SIZE_BUDGETS = { core: 5120, react: 18 * 1024 } as const;
