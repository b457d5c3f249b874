// README snippets are tests: every ts/tsx block of README.md type-checks against the packed
// packages (strict; moduleResolution bundler and node16) and runs in Node from the installed
// tarballs (a block with JSX: each component it exports is rendered on the server, with no inline
// alert), and each `expression; // value` comment is compared with the value the expression has.
// Every `conv-arithmetic …` / `npx @conv-arithmetic/export …` line of its shell blocks runs the
// installed command. Failures name the README line. Files go to a temp dir inside the consumer
// project (so imports resolve to its tarballs), removed afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumer } from './helpers';
import { type CommandLine, commandLines } from './readme/commands';
import { fences } from './readme/fences';
import { type Diagnostic, runSnippet, snippets, typeCheck } from './readme/snippets';

const ROOT = new URL('../..', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = fences(README);
const all = snippets(blocks);
const commands = commandLines(blocks);
/** The commands `conv-arithmetic <command> --help` stands for. */
const COMMANDS = ['gif', 'svg', 'png', 'gallery'];
/** How each kind of file the command writes begins. */
const MAGIC: Record<string, RegExp> = {
  '.gif': /^GIF89a/,
  '.png': /^\x89PNG/,
  '.svg': /^(<\?xml[^>]*>\s*)?<svg/,
};

/** The text of each inline `role="alert"` in server-rendered HTML. */
function alerts(html: string): string[] {
  return [...html.matchAll(/role="alert"/g)].map((match) => {
    const content = html.indexOf('>', match.index) + 1; // after the alert's own tag
    const text = html.slice(content, content + 300).split('<figure')[0] ?? '';
    return text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

let dir: string;
const diagnostics = new Map<'bundler' | 'node16', Diagnostic[]>();

beforeAll(() => {
  // Inside the consumer project, so that imports resolve to its installed tarballs.
  dir = mkdtempSync(join(consumer('app'), 'readme-'));
  for (const snippet of all) writeFileSync(join(dir, snippet.file), snippet.source);
  const tsc = join(consumer('app'), 'node_modules/.bin/tsc');
  const nodeTypes = join(ROOT, 'node_modules/@types');
  const files = all.map((s) => s.file);
  for (const resolution of ['bundler', 'node16'] as const) {
    diagnostics.set(resolution, typeCheck(dir, files, resolution, tsc, nodeTypes));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const where = (d: Diagnostic) =>
  d.file ? `README.md:${d.line}:${d.column} ${d.message}` : d.message;

describe('README.md code blocks', () => {
  it('has the ts/tsx snippets and command lines this suite checks', () => {
    expect(all.filter((s) => !s.jsx).length).toBeGreaterThanOrEqual(4);
    expect(all.some((s) => s.jsx)).toBe(true);
    expect(commands.length).toBeGreaterThanOrEqual(4);
    // A js/typescript/jsx block would escape the checks: TypeScript examples are ts or tsx.
    // (A block naming its file is a site's file, compared with it by readme-sites.test.ts.)
    const unchecked = blocks.filter(
      (b) => !b.file && /^(js|jsx|javascript|typescript|mjs|cjs)$/.test(b.lang),
    );
    expect(unchecked.map((b) => `README.md:${b.line} \`\`\`${b.lang}`)).toEqual([]);
  });

  it('no shell line runs `npx conv-arithmetic` (an unscoped package that is not ours)', () => {
    const lines = README.split('\n').flatMap((text, i) =>
      /\bnpx\s+(?!@conv-arithmetic\/)\S*conv-arithmetic/.test(text) ? [`README.md:${i + 1}`] : [],
    );
    expect(lines).toEqual([]);
  });

  it('every compiler message belongs to a snippet', () => {
    const stray = [...diagnostics.values()].flat().filter((d) => !d.file.startsWith('readme-'));
    expect(stray.map(where)).toEqual([]);
  });
});

describe.each(all.map((s) => [`README.md:${s.line} \`\`\`${s.lang}`, s] as const))(
  '%s',
  (_, snippet) => {
    it('type-checks under strict against the packed packages (bundler and node16)', () => {
      for (const [resolution, found] of diagnostics) {
        const own = found.filter((d) => d.file === snippet.file).map(where);
        expect(own, `moduleResolution ${resolution}`).toEqual([]);
      }
    });

    const runs = snippet.jsx
      ? 'runs in Node: each component it exports renders on the server with no inline alert'
      : 'runs in Node, and every `// value` it claims holds';
    it(runs, () => {
      let run: ReturnType<typeof runSnippet>;
      try {
        run = runSnippet(dir, snippet);
      } catch (error) {
        throw new Error(
          `README.md:${snippet.line}: the snippet failed (stack lines are README.md's):\n${
            (error as Error).message
          }`,
        );
      }
      if (snippet.jsx) {
        expect(
          run.rendered.length,
          'a JSX snippet exports the components it shows',
        ).toBeGreaterThan(0);
        for (const { name, html } of run.rendered) {
          expect.soft(html.includes('<figure'), `<${name} /> renders no figure`).toBe(true);
          expect.soft(alerts(html), `<${name} /> renders inline errors`).toEqual([]);
        }
      }
      for (const claim of run.claims) {
        const at = `README.md:${claim.line}: ${claim.expression}`;
        const values = run.reported.filter((r) => r.id === claim.id);
        expect.soft(values.length, `${at} never ran`).toBeGreaterThan(0);
        for (const reported of values) {
          expect.soft(reported.notPlain, `${at} is not a plain value`).toBeUndefined();
          expect.soft(reported.value, at).toStrictEqual(claim.expected);
        }
      }
    });
  },
);

/** The runs one README line stands for: `<command>` means each command. */
function expand(command: CommandLine): string[][] {
  const at = command.args.indexOf('<command>');
  if (at < 0) return [command.args];
  return COMMANDS.map((name) => command.args.map((arg, i) => (i === at ? name : arg)));
}

/** Where a command line writes (`-o`/`--out`), if anywhere. */
function target(args: readonly string[]): string | undefined {
  const flag = args.findIndex((arg) => arg === '-o' || arg === '--out');
  return flag >= 0 ? args[flag + 1] : undefined;
}

describe.each(commands.map((c) => [`README.md:${c.line} (${c.via})`, c] as const))(
  '%s',
  (_, command) => {
    it('runs as written, exit 0, and writes what it says', () => {
      expect(command.problem, `README.md:${command.line}`).toBeUndefined();
      for (const args of expand(command)) {
        const cwd = mkdtempSync(join(dir, 'cli-'));
        const shown = `README.md:${command.line}: ${args.join(' ')}`;
        const result =
          command.via === 'npx'
            ? // npx resolves the package to the one the project installed (offline: never a
              // copy from the registry), then runs its single bin.
              spawnSync('npx', ['@conv-arithmetic/export', ...args], {
                cwd,
                encoding: 'utf8',
                env: {
                  ...process.env,
                  npm_config_offline: 'true',
                  npm_config_update_notifier: 'false',
                },
              })
            : spawnSync(join(consumer('app'), 'node_modules/.bin/conv-arithmetic'), args, {
                cwd,
                encoding: 'utf8',
              });
        expect(result.status, `${shown}\n${result.stderr}`).toBe(0);
        const out = target(args);
        if (args.includes('--help')) {
          expect(result.stdout, shown).toMatch(/^conv-arithmetic/);
        } else if (args[0] === 'gallery') {
          const files = readdirSync(join(cwd, out ?? 'gallery'));
          expect(files.filter((f) => f.endsWith('.gif')).length, shown).toBe(19);
          expect(files, shown).toContain('index.html');
        } else {
          expect(out, `${shown}: names no -o file`).toBeDefined();
          const file = join(cwd, out as string);
          expect(existsSync(file), `${shown}: wrote no ${out}`).toBe(true);
          const start = readFileSync(file).subarray(0, 64).toString('latin1');
          expect(start, `${shown}: ${out} is not what its name says`).toMatch(
            MAGIC[extname(file)] ?? /^$/,
          );
        }
      }
    });
  },
);
