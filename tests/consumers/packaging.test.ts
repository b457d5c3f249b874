// The packed packages are well formed: publint, are-the-types-wrong, exports, peers, directives.
import { execFileSync } from 'node:child_process';
import { publint } from 'publint';
import { describe, expect, inject, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A file of a packed tarball, as text. */
function fromTarball(tarball: string, path: string): string {
  return execFileSync('tar', ['-xOzf', tarball, `package/${path}`], { encoding: 'utf8' });
}

describe.each(['core', 'react', 'export'] as const)('@conv-arithmetic/%s as packed', (name) => {
  const tarball = () => inject('tarballs')[name];

  it('passes publint (strict), with no errors, warnings or suggestions', async () => {
    const { messages } = await publint({
      pkgDir: `${ROOT}packages/${name}`,
      pack: 'pnpm',
      strict: true,
    });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli for node10, node16 (CJS and ESM) and bundlers', () => {
    let output = '';
    try {
      output = execFileSync('pnpm', ['exec', 'attw', tarball(), '--format', 'json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(output) as {
      analysis: { problems: unknown[]; entrypoints: Record<string, unknown> };
    };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
  });

  it('exports types, import and require with sourcemaps; sideEffects false; dist only built files', () => {
    const manifest = JSON.parse(fromTarball(tarball(), 'package.json'));
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.exports['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    });
    expect(manifest.main).toBe('./dist/index.cjs');
    for (const file of [
      'dist/index.js.map',
      'dist/index.cjs.map',
      'dist/index.d.ts',
      'dist/index.d.cts',
    ]) {
      expect(fromTarball(tarball(), file).length).toBeGreaterThan(50);
    }
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });
});

describe('dependencies', () => {
  it('core has none at all', () => {
    const manifest = JSON.parse(fromTarball(inject('tarballs').core, 'package.json'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it('react: core (and gifenc, loaded on first download) are dependencies; react, react-dom (≥ 18) and styled-components (≥ 6) are peers', () => {
    const manifest = JSON.parse(fromTarball(inject('tarballs').react, 'package.json'));
    expect(manifest.dependencies).toEqual({
      '@conv-arithmetic/core': manifest.version,
      gifenc: '1.0.3',
    });
    expect(manifest.peerDependencies).toEqual({
      react: '>=18',
      'react-dom': '>=18',
      'styled-components': '>=6',
    });
  });

  it("only the react modules that need the client start with 'use client'; the entries do not", () => {
    const tarball = inject('tarballs').react;
    // Server Components import the entries: themes and defineTheme must run there.
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/theme/tokens.js']) {
      expect(fromTarball(tarball, file)).not.toContain("'use client'");
    }
    for (const file of ['dist/theme/defineTheme.js', 'dist/theme/presets.js']) {
      expect(fromTarball(tarball, file)).not.toContain("'use client'");
    }
    for (const file of [
      'dist/animations.js',
      'dist/animations.cjs',
      'dist/theme/context.js',
      'dist/svg/DiagramSvg.js',
      'dist/controls/PlaybackControls.js',
    ]) {
      const code = fromTarball(tarball, file);
      expect(code.startsWith("'use client';")).toBe(true);
      expect(code).not.toContain('function createElement(');
    }
  });

  it('what a Server Component evaluates of the react entry uses no client-only React or styles', () => {
    // The files reached from dist/index.js without crossing a 'use client' file run on the
    // server: none may import a hook, a context or styled-components.
    const tarball = inject('tarballs').react;
    const seen = new Set<string>();
    const onServer: string[] = [];
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const code = fromTarball(tarball, path);
      if (code.startsWith("'use client';")) return;
      onServer.push(path);
      expect(code, path).not.toMatch(/from 'styled-components'/);
      const fromReact = [...code.matchAll(/import \{([^}]*)\} from 'react'/g)].flatMap((m) =>
        (m[1] ?? '').split(',').map((name) => name.trim()),
      );
      expect(
        fromReact.filter((name) => /^use[A-Z]|^createContext$/.test(name)),
        path,
      ).toEqual([]);
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      for (const m of code.matchAll(/from '(\.{1,2}\/[^']+\.js)'/g)) {
        visit(new URL(m[1] ?? '', `file:///${dir}`).pathname.slice(1));
      }
    };
    visit('dist/index.js');
    expect(onServer).toEqual(
      expect.arrayContaining([
        'dist/theme/tokens.js',
        'dist/theme/defineTheme.js',
        'dist/theme/presets.js',
      ]),
    );
  });

  it('the react bundles keep peers as imports', () => {
    const tarball = inject('tarballs').react;
    // The entry and the chunks it imports (rollup shares code between entries through chunks).
    const entry = fromTarball(tarball, 'dist/index.js');
    const chunks = [...entry.matchAll(/from '\.\/([^']+\.js)'/g)].map((m) =>
      fromTarball(tarball, `dist/${m[1]}`),
    );
    const esm = [entry, ...chunks].join('\n');
    expect(esm).toMatch(/from 'styled-components'/);
    expect(esm).toMatch(/from '@conv-arithmetic\/core'/);
    expect(esm).not.toContain('function createElement(');
  });
});
