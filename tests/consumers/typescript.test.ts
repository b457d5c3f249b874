// A TypeScript consumer: a file using every public export type-checks under strict, with
// moduleResolution bundler and node16, against the packed declarations.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer, runIn, strictCompilerOptions } from './helpers';

const FIXTURE = new URL('./fixtures/every-export.tsx', import.meta.url).pathname;
const ROOT = new URL('../..', import.meta.url).pathname;

/** Export names declared by a bundled .d.ts (its final `export { … }` list). */
function declaredExports(dts: string): string[] {
  const lists = [...readFileSync(dts, 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g)].map(
    (m) => m[1] ?? '',
  );
  return lists
    .flatMap((list) => list.split(','))
    .map(
      (item) =>
        item
          .trim()
          .replace(/^type /, '')
          .split(' as ')
          .pop()
          ?.trim() ?? '',
    )
    .filter(Boolean);
}

describe('TypeScript consumer', () => {
  it('the fixture names every public export of core, core/gallery, core/matrix, core/channels, react, react/export and react/explainer', () => {
    const fixture = readFileSync(FIXTURE, 'utf8');
    const names = [
      ...declaredExports(`${ROOT}packages/core/dist/index.d.ts`),
      ...declaredExports(`${ROOT}packages/core/dist/gallery.d.ts`),
      ...declaredExports(`${ROOT}packages/core/dist/matrices.d.ts`),
      ...declaredExports(`${ROOT}packages/core/dist/channels.d.ts`),
      ...declaredExports(`${ROOT}packages/react/dist/index.d.ts`),
      ...declaredExports(`${ROOT}packages/react/dist/exporting.d.ts`),
      ...declaredExports(`${ROOT}packages/react/dist/explaining.d.ts`),
    ];
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(fixture))).toEqual([]);
  });

  it.each(['bundler', 'node16'] as const)(
    'type-checks under strict with moduleResolution %s',
    (resolution) => {
      const dir = consumer('app');
      copyFileSync(FIXTURE, join(dir, 'every-export.tsx'));
      const tsconfig = {
        compilerOptions: {
          ...strictCompilerOptions(resolution),
          skipLibCheck: false,
          types: [],
        },
        files: ['every-export.tsx'],
      };
      writeFileSync(join(dir, `tsconfig.${resolution}.json`), JSON.stringify(tsconfig, null, 2));
      runIn(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`]);
    },
  );
});
