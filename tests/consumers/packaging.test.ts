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

  it('react: core (and gifenc, loaded on first download) are dependencies; react, react-dom (18.3 or 19) and styled-components (6) are peers', () => {
    const manifest = JSON.parse(fromTarball(inject('tarballs').react, 'package.json'));
    expect(manifest.dependencies).toEqual({
      '@conv-arithmetic/core': manifest.version,
      gifenc: '1.0.3',
    });
    // What is tested: React 18.3 and 19; styled-components from 6.0.0 (the oldest 6.x, checked
    // by server rendering with it under React 18.3.1 and 19.3.1) to 6.6.0 (the workspace's).
    expect(manifest.peerDependencies).toEqual({
      react: '^18.3 || ^19',
      'react-dom': '^18.3 || ^19',
      'styled-components': '^6.0.0',
    });
  });

  it("only the react chunks that need the client start with 'use client'; the entries do not", () => {
    const tarball = inject('tarballs').react;
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.replace(/^package\//, ''))
      .filter((path) => /^dist\/[^/]+\.(c?js)$/.test(path));
    const code = new Map(files.map((path) => [path, fromTarball(tarball, path)]));
    // Server Components import the entries: themes and defineTheme must run there.
    for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/exporting.js']) {
      expect(code.get(entry)).not.toContain("'use client'");
    }
    const defining = (pattern: RegExp) =>
      [...code].filter(([path, text]) => path.endsWith('.js') && pattern.test(text));
    const themes = defining(/const classicTheme = \{/);
    const figures = defining(/function ConvAnimation\(/);
    expect(themes).toHaveLength(1);
    expect(figures).toHaveLength(1);
    for (const [, text] of [...themes, ...defining(/function defineTheme\(/)]) {
      expect(text.startsWith("'use client';")).toBe(false);
    }
    for (const [, text] of [...figures, ...defining(/function ConvThemeProvider\(/)]) {
      expect(text.startsWith("'use client';")).toBe(true);
      expect(text).not.toContain('function createElement(');
    }
  });

  it('what a Server Component evaluates of the react entry uses no client-only React or styles', () => {
    // The files reached from dist/index.js without crossing a 'use client' file run on the
    // server: none may import what React's server build lacks (state, effects, context) or
    // styled-components. (memo, useId, useMemo and useCallback are there.)
    const CLIENT_ONLY =
      /^(useState|useReducer|useEffect|useLayoutEffect|useInsertionEffect|useRef|useContext|useSyncExternalStore|useTransition|useDeferredValue|useImperativeHandle|useOptimistic|useActionState|createContext|Component|PureComponent)$/;
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
        fromReact.filter((name) => CLIENT_ONLY.test(name)),
        path,
      ).toEqual([]);
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      for (const m of code.matchAll(/from '(\.{1,2}\/[^']+\.js)'/g)) {
        visit(new URL(m[1] ?? '', `file:///${dir}`).pathname.slice(1));
      }
    };
    visit('dist/index.js');
    // The themes and defineTheme are among them.
    const served = onServer.map((path) => fromTarball(tarball, path)).join('\n');
    expect(served).toContain('const darkTheme = {');
    expect(served).toContain('function defineTheme(');
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
