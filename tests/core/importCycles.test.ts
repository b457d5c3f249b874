// No package imports in a circle, type-only imports included: each reads as one pipeline.
// Imports are found and resolved by TypeScript itself (preProcessFile, resolveModuleName).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const PACKAGES = ['core', 'react', 'export'];
const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  jsx: ts.JsxEmit.ReactJSX,
};

const sourcesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name));

/** Each source file of `dir` with the files of `dir` it imports (static, dynamic and type). */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourcesOf(dir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(
        ({ fileName }) =>
          ts.resolveModuleName(fileName, file, OPTIONS, ts.sys).resolvedModule?.resolvedFileName,
      )
      .filter((target): target is string => !!target && target.startsWith(dir));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every strongly connected group of more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || graph.get(node)?.includes(node)) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

describe('import cycles', () => {
  it('the detector finds a cycle, including one through a type-only import', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it.each(PACKAGES)('packages/%s/src has no import cycle', (name) => {
    const dir = join(ROOT, 'packages', name, 'src');
    const graph = importGraph(dir);
    expect(graph.size).toBeGreaterThan(3);
    const cycles = cyclesOf(graph).map((group) => group.map((file) => relative(dir, file)));
    expect(cycles).toEqual([]);
  });

  it('packages/react/src imports one way: theme ← svg ← figure ← controls, export', () => {
    // A folder imports from its own rank or lower ones. Views and playback belong to the figure:
    // they draw and time its model; so do channels (the picture of several maps). Files of src/ itself (entries, shared checks) are free.
    const ranks: Record<string, number> = {
      theme: 0,
      svg: 1,
      figure: 2,
      views: 2,
      channels: 2,
      playback: 2,
      controls: 3,
      export: 3,
      explainer: 4,
      playground: 4,
    };
    // The one file that assembles a figure with its controls and download buttons.
    const assembler = 'figure/ConvolutionFigure.tsx';
    const dir = join(ROOT, 'packages', 'react', 'src');
    const folderOf = (file: string) => relative(dir, file).split('/').slice(0, -1).join('/');
    const wrong: string[] = [];
    for (const [file, targets] of importGraph(dir)) {
      const rank = ranks[folderOf(file)];
      if (rank === undefined || relative(dir, file) === assembler) continue;
      for (const target of targets) {
        const targetRank = ranks[folderOf(target)];
        if (targetRank !== undefined && targetRank > rank) {
          wrong.push(`${relative(dir, file)} → ${relative(dir, target)}`);
        }
      }
    }
    expect(Object.keys(ranks).sort()).toEqual(
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    );
    expect(wrong).toEqual([]);
  });
});
