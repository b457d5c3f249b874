// A framework site of tests/consumers/sites, staged in a temp dir as a user's project would be:
// its committed sources copied; its framework packages (installed by the workspace from the
// lockfile) hard-linked in with everything they depend on, pnpm's layout kept, so that the
// project holds every file it reads (Turbopack reads nothing outside the project); and our
// packages extracted from the packed tarballs, so that `@conv-arithmetic/*` is what npm would
// publish.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SITES = join(ROOT, 'tests/consumers/sites');
/** pnpm's virtual store: one `<id>/node_modules/<name>` per installed package version. */
const STORE = join(ROOT, 'node_modules/.pnpm');

export type Framework = 'next' | 'docusaurus' | 'astro';

/** What installs and builds write into a site: never part of what a user writes. */
const OUTPUTS = new Set(['node_modules', '.next', '.docusaurus', 'build', 'dist', '.astro']);

/** Every file of a site as committed, as paths inside the site. */
export function siteFiles(framework: Framework): string[] {
  const dir = join(SITES, framework);
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      if (OUTPUTS.has(entry.name)) return [];
      const path = join(at, entry.name);
      return entry.isDirectory() ? walk(path) : [relative(dir, path)];
    });
  return walk(dir).sort();
}

/** The packages of a node_modules directory, `name` or `@scope/name`, with their paths. */
function packagesIn(modules: string): { name: string; path: string }[] {
  if (!existsSync(modules)) return [];
  return readdirSync(modules).flatMap((name) => {
    if (name.startsWith('.')) return [];
    if (!name.startsWith('@')) return [{ name, path: join(modules, name) }];
    return readdirSync(join(modules, name)).map((inner) => ({
      name: `${name}/${inner}`,
      path: join(modules, name, inner),
    }));
  });
}

/** The store entry (`<id>`) a path inside the virtual store belongs to. */
function storeId(path: string): string {
  const inside = relative(STORE, path);
  if (inside.startsWith('..')) throw new Error(`${path} is not in pnpm's store ${STORE}`);
  return inside.split(sep)[0] as string;
}

/** The store entries of `roots` and of everything they depend on. */
function closure(roots: string[]): Set<string> {
  const ids = new Set<string>();
  const queue = roots.map((path) => storeId(realpathSync(path)));
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const { path } of packagesIn(join(STORE, id, 'node_modules'))) {
      if (lstatSync(path).isSymbolicLink()) queue.push(storeId(realpathSync(path)));
    }
  }
  return ids;
}

/** A relative symlink at `at` to `target`, as pnpm makes them. */
function linkTo(at: string, target: string) {
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(relative(dirname(at), target), at);
}

/**
 * Gives `modules` the packages `wanted` (paths of installed packages): their store entries and
 * those they depend on, hard-linked, with pnpm's hoisted links for what they require undeclared.
 */
function install(modules: string, wanted: { name: string; path: string }[]) {
  const store = join(modules, '.pnpm');
  mkdirSync(store, { recursive: true });
  const ids = closure(wanted.map((w) => w.path));
  const fresh = [...ids].filter((id) => !existsSync(join(store, id)));
  // One cp for all entries: hard links, so no package file is copied.
  if (fresh.length > 0) execFileSync('cp', ['-al', ...fresh.map((id) => join(STORE, id)), store]);
  for (const { name, path } of wanted) {
    const at = join(modules, name);
    if (!existsSync(at)) linkTo(at, join(store, relative(STORE, realpathSync(path))));
  }
  for (const { name, path } of packagesIn(join(STORE, 'node_modules'))) {
    const target = resolve(dirname(path), readlinkSync(path));
    const at = join(store, 'node_modules', name);
    const inStore = !relative(STORE, target).startsWith('..');
    if (inStore && ids.has(storeId(target)) && !existsSync(at)) {
      linkTo(at, join(store, relative(STORE, target)));
    }
  }
}

/** Extracts a `pnpm pack` tarball into node_modules; returns its manifest's dependencies. */
function extract(tarball: string, modules: string): string[] {
  const unpacked = join(modules, '.tarball');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };
  mkdirSync(dirname(join(modules, manifest.name)), { recursive: true });
  renameSync(unpacked, join(modules, manifest.name));
  return Object.keys(manifest.dependencies ?? {});
}

/**
 * Stages `framework`'s site in `root` and returns its directory. `tarballs` are the packed
 * packages (tests/consumers/setup.ts); needs the workspace installed (pnpm install).
 */
export function stageSite(
  framework: Framework,
  root: string,
  tarballs: { core: string; react: string },
): string {
  const source = join(SITES, framework);
  const dir = join(root, framework);
  if (!existsSync(join(source, 'node_modules'))) {
    throw new Error(`${source}/node_modules is missing: run pnpm install`);
  }
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !OUTPUTS.has(relative(source, path).split(sep)[0] ?? ''),
  });
  const modules = join(dir, 'node_modules');
  install(modules, packagesIn(join(source, 'node_modules')));
  // Our packages' registry dependencies, at the versions the lockfile gives our packages.
  for (const [pkg, tarball] of [
    ['core', tarballs.core],
    ['react', tarballs.react],
  ] as const) {
    const dependencies = extract(tarball, modules).filter(
      (d) => !d.startsWith('@conv-arithmetic/'),
    );
    const installed = join(ROOT, 'packages', pkg, 'node_modules');
    install(
      modules,
      dependencies.map((name) => ({ name, path: join(installed, name) })),
    );
  }
  return dir;
}

/** The command line that runs `bin` of package `pkg` installed in `dir`, with Node. */
export function binOf(dir: string, pkg: string, bin: string): string[] {
  const manifest = JSON.parse(
    readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8'),
  ) as { bin?: string | Record<string, string> };
  const file = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (!file) throw new Error(`${pkg} has no bin ${bin}`);
  return [process.execPath, join(dir, 'node_modules', pkg, file)];
}
