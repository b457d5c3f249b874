// README snippets as files of a consumer project: type-checked with the project's TypeScript and
// run with Node against the installed (packed) packages. Each file keeps its README line numbers
// (the code is preceded by as many blank lines as come before it), so every compiler message and
// stack frame points at README.md itself.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import ts from 'typescript';
import { runIn, strictCompilerOptions } from '../helpers';
import { type Claim, instrument, REPORT } from './claims';
import type { Fence } from './fences';

/** A ts/tsx block of the README as a file of the consumer project. */
export interface Snippet {
  /** README line of the opening fence. */
  line: number;
  lang: 'ts' | 'tsx';
  /** `readme-line-57.ts`: the block's code after `line` blank lines. */
  file: string;
  source: string;
  /** Whether it holds JSX: such a snippet runs for the components it exports, rendered. */
  jsx: boolean;
}

function hasJsx(node: ts.Node): boolean {
  return (
    ts.isJsxElement(node) ||
    ts.isJsxSelfClosingElement(node) ||
    ts.isJsxFragment(node) ||
    ts.forEachChild(node, hasJsx) === true
  );
}

/**
 * The ts and tsx blocks among `blocks`, as files. A block that names its file is a framework
 * site's file (README's "Use it in…"): its site builds it (sites.test.ts), not this harness.
 *
 * @example
 * snippets([{ lang: 'ts', line: 2, code: 'f();\n' }])[0]?.source // '\n\nf();\n'
 */
export function snippets(blocks: readonly Fence[]): Snippet[] {
  return blocks
    .filter((block) => (block.lang === 'ts' || block.lang === 'tsx') && !block.file)
    .map((block) => {
      const lang = block.lang as 'ts' | 'tsx';
      const file = `readme-line-${block.line}.${lang}`;
      const source = '\n'.repeat(block.line) + block.code;
      const kind = lang === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
      const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
      return { line: block.line, lang, file, source, jsx: hasJsx(parsed) };
    });
}

/** One compiler error, where README.md has it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Type-checks `files` (in `dir`) with the consumer project's own `tsc`, strict, under one module
 * resolution; returns every error. Node's types come from the workspace's pinned @types/node,
 * which a user writing Node scripts has too: only our packages come from the tarballs.
 */
export function typeCheck(
  dir: string,
  files: readonly string[],
  resolution: 'bundler' | 'node16',
  tsc: string,
  nodeTypes: string,
): Diagnostic[] {
  const tsconfig = {
    compilerOptions: {
      ...strictCompilerOptions(resolution),
      // Our declarations are checked in full by typescript.test.ts; here, the snippets.
      skipLibCheck: true,
      typeRoots: [nodeTypes],
      types: ['node'],
    },
    files,
  };
  const config = `tsconfig.${resolution}.json`;
  writeFileSync(join(dir, config), JSON.stringify(tsconfig, null, 2));
  const result = spawnSync(tsc, ['-p', config, '--pretty', 'false'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const diagnostics: Diagnostic[] = [];
  for (const text of `${result.stdout}${result.stderr}`.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(text);
    const last = diagnostics.at(-1);
    if (match) {
      diagnostics.push({
        file: match[1] as string,
        line: Number(match[2]),
        column: Number(match[3]),
        message: match[4] as string,
      });
    } else if (text.trim() !== '' && last && /^\s/.test(text)) {
      last.message += `\n${text}`; // a message's continuation lines are indented
    } else if (text.trim() !== '') {
      diagnostics.push({ file: '', line: 0, column: 0, message: text });
    }
  }
  if (result.status !== 0 && diagnostics.length === 0) {
    diagnostics.push({ file: '', line: 0, column: 0, message: `tsc exited ${result.status}` });
  }
  return diagnostics;
}

/**
 * Runs one instrumented snippet and writes what its claims evaluated to; with `--render`, also
 * renders each component the snippet exports (a capitalised function) on the server.
 */
const HARNESS = `import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { serialize } from 'node:v8';
const [snippet, report, mode] = process.argv.slice(2);
const claims = [];
globalThis.${REPORT} = (id, value) => {
  try {
    claims.push({ id, value: structuredClone(value) });
  } catch {
    claims.push({ id, notPlain: inspect(value) });
  }
  return value;
};
const exported = await import(pathToFileURL(snippet).href);
const rendered = [];
if (mode === '--render') {
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  for (const [name, component] of Object.entries(exported)) {
    if (typeof component !== 'function' || !/^[A-Z]/.test(name)) continue;
    rendered.push({ name, html: renderToString(createElement(component)) });
  }
}
writeFileSync(report, serialize({ claims, rendered }));
`;

/** A component a JSX snippet exports, rendered on the server. */
export interface Rendered {
  name: string;
  html: string;
}

/** What one claimed expression evaluated to (each time it ran). */
export interface Reported {
  id: number;
  value?: unknown;
  /** Set when the value cannot be copied out of the process (a function, a class with state). */
  notPlain?: string;
}

/**
 * Runs a snippet with Node in `dir` (the consumer project resolves its imports): rewrites each
 * `expression; // value` to report its value, compiles the TypeScript away with a source map,
 * and returns the claims with what each expression evaluated to. Throws with Node's stderr when
 * the snippet throws; its stack frames carry README.md line numbers. A snippet with JSX also
 * has each component it exports rendered to a string (react-dom/server).
 */
export function runSnippet(
  dir: string,
  snippet: Snippet,
): { claims: Claim[]; reported: Reported[]; rendered: Rendered[] } {
  const { source, claims } = instrument(snippet.source, snippet.file);
  const compiled = ts.transpileModule(source, {
    fileName: snippet.file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  const script = snippet.file.replace(/\.tsx?$/, '.mjs');
  const report = snippet.file.replace(/\.tsx?$/, '.claims');
  writeFileSync(join(dir, script), compiled.outputText);
  writeFileSync(join(dir, 'run-snippet.mjs'), HARNESS);
  const args = ['--enable-source-maps', 'run-snippet.mjs', script, report];
  runIn(dir, process.execPath, snippet.jsx ? [...args, '--render'] : args);
  const result = deserialize(readFileSync(join(dir, report))) as {
    claims: Reported[];
    rendered: Rendered[];
  };
  return { claims, reported: result.claims, rendered: result.rendered };
}
