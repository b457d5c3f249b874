// The built packages (`pnpm bench` runs the rollup build first): the bench measures what a
// consumer installs, not the sources. Imported by path at run time, typed as the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of a built entry, e.g. distPath('core', 'index.js'). */
export function distPath(pkg: 'core' | 'react' | 'export', file = 'index.js'): string {
  const path = `${ROOT}packages/${pkg}/dist/${file}`;
  if (!existsSync(path))
    throw new Error(`${path} is missing: run pnpm run build (pnpm bench does)`);
  return path;
}

const load = (pkg: 'core' | 'react' | 'export') => import(pathToFileURL(distPath(pkg)).href);

export const builtCore = (): Promise<typeof import('@conv-arithmetic/core')> => load('core');
export const builtReact = (): Promise<typeof import('@conv-arithmetic/react')> => load('react');
export const builtExport = (): Promise<typeof import('@conv-arithmetic/export')> => load('export');
