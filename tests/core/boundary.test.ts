// The core is framework-free: no React, no DOM, no runtime dependencies, no 'use client'.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../packages/core/', import.meta.url));
const sources = readdirSync(`${root}src`).filter((f) => f.endsWith('.ts'));

describe('@conv-arithmetic/core boundary', () => {
  it('has no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });

  it.each(sources)('%s imports only core files and touches no DOM or React', (file) => {
    const text = readFileSync(`${root}src/${file}`, 'utf8');
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) expect(spec).toMatch(/^\.\//);
    expect(text).not.toMatch(
      /\b(window|document|navigator)\.|\b(HTMLElement|requestAnimationFrame|globalThis)\b/,
    );
    expect(text).not.toMatch(/use client|react/i);
  });

  it('works with React and the DOM mocked away', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const core = await import('@conv-arithmetic/core');
    expect(core.convDiagram({ input: 4, kernel: 3 }).frameCount).toBe(4);
  });
});
