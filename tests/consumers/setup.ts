// Global set-up of the consumer suites: pack both packages with `pnpm pack` (publishConfig
// applied, workspace:* rewritten) and install the tarballs into fresh projects outside the
// workspace, as users would. Needs `pnpm build` first (the test command runs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rootPackage = JSON.parse(
  execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], {
    cwd: ROOT,
    encoding: 'utf8',
  }),
) as { devDependencies: Record<string, string> };
const pin = (name: string) => rootPackage.devDependencies[name] ?? 'latest';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pack(pkg: string, destination: string): string {
  if (!existsSync(join(ROOT, 'packages', pkg, 'dist', 'index.js'))) {
    throw new Error(`packages/${pkg}/dist is missing: run pnpm build first`);
  }
  run('pnpm', ['pack', '--pack-destination', destination], join(ROOT, 'packages', pkg));
  const file = readdirSync(destination).find(
    (f) => f.startsWith(`conv-arithmetic-${pkg}-`) && f.endsWith('.tgz'),
  );
  if (!file) throw new Error(`pnpm pack wrote no tarball for ${pkg}`);
  return join(destination, file);
}

/** A project that installs both tarballs plus `dependencies`, outside any workspace. */
function project(
  dir: string,
  tarballs: { core: string; react: string; export: string },
  dependencies: Record<string, string>,
) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: `consumer-${dir.split('/').pop()}`,
    private: true,
    type: 'module',
    dependencies: {
      '@conv-arithmetic/core': `file:${tarballs.core}`,
      '@conv-arithmetic/react': `file:${tarballs.react}`,
      '@conv-arithmetic/export': `file:${tarballs.export}`,
      ...dependencies,
    },
    // The tarballs name each other at a version no registry holds: point them at the tarballs.
    pnpm: {
      overrides: {
        '@conv-arithmetic/core': `file:${tarballs.core}`,
        '@conv-arithmetic/react': `file:${tarballs.react}`,
      },
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  run(
    'pnpm',
    ['install', '--prefer-offline', '--ignore-workspace', '--config.confirmModulesPurge=false'],
    dir,
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumerRoot: string;
    tarballs: { core: string; react: string; export: string };
  }
}

export default function setup(project_: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'conv-consumers-'));
  const tarballs = {
    core: pack('core', root),
    react: pack('react', root),
    export: pack('export', root),
  };
  const react19 = {
    react: pin('react'),
    'react-dom': pin('react-dom'),
    'styled-components': pin('styled-components'),
  };
  project(join(root, 'app'), tarballs, {
    ...react19,
    vite: pin('vite'),
    '@vitejs/plugin-react': pin('@vitejs/plugin-react'),
    '@mdx-js/mdx': pin('@mdx-js/mdx'),
    typescript: pin('typescript'),
    '@types/react': pin('@types/react'),
    '@types/react-dom': pin('@types/react-dom'),
  });
  // React 18 is a supported peer too: server rendering and the same Vite app.
  project(join(root, 'react18'), tarballs, {
    react: '18.3.1',
    'react-dom': '18.3.1',
    'styled-components': pin('styled-components'),
    vite: pin('vite'),
    '@vitejs/plugin-react': pin('@vitejs/plugin-react'),
  });
  project_.provide('consumerRoot', root);
  project_.provide('tarballs', tarballs);
  return () => {
    if (!process.env.KEEP_CONSUMERS) rmSync(root, { recursive: true, force: true });
  };
}
