// The conv-arithmetic command: help, exit codes, clear errors, no half-written files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '@conv-arithmetic/export';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';
import { tempDirs } from './tempDirs';

async function cli(args: string[], stderrIsTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY,
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

const tmp = tempDirs('conv-cli-');

describe('help', () => {
  it.each([[[]], [['--help']], [['help']]])('%j prints the overview and exits 0', async (args) => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/conv-arithmetic gif/);
    expect(stdout).toMatch(/conv-arithmetic gallery/);
  });

  it.each(['gif', 'svg', 'png', 'gallery'])(
    '%s --help describes the command and exits 0',
    async (command) => {
      const { code, stdout } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^conv-arithmetic ${command}:`));
      expect(stdout).toMatch(/Usage:/);
    },
  );
});

describe('bad command lines exit 2 with a message naming the problem', () => {
  it.each([
    [['draw'], /unknown command 'draw'/],
    [['gif', '--input', '5', '--kernal', '3', '-o', 'x.gif'], /Unknown option '--kernal'/],
    [['gif', '--kernel', '3', '-o', 'x.gif'], /--input is required/],
    [['gif', '--input', '5', '--kernel', '3'], /-o\/--out FILE is required/],
    [
      ['png', '--input', 'five', '--kernel', '3', '-o', 'x.png'],
      /--input expects N or ROWSxCOLS, got 'five'/,
    ],
    [
      ['svg', '--input', '5', '--kernel', '3', '--padding', 'half', '-o', 'x.svg'],
      /--padding expects valid\|same\|full/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--theme', 'neon', '-o', 'x.gif'],
      /--theme expects one of classic, dark, high-contrast, slide, got 'neon'/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--kind', 'deconv', '-o', 'x.gif'],
      /--kind expects conv, transposed or dilated/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--frame-duration', '5', '-o', 'x.gif'],
      /--frame-duration expects a number ≥ 10, got '5'/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--frame-duration', '-5', '-o', 'x.gif'],
      /Option '--frame-duration' argument is ambiguous/,
    ],
    [
      ['png', '--input', '5', '--kernel', '3', '--frame', '1.5', '-o', 'x.png'],
      /--frame expects an integer ≥ 0, got '1.5'/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--output-padding', '1', '-o', 'x.gif'],
      /--output-padding applies to --kind transposed only/,
    ],
  ])('%j', async (args, message) => {
    const dir = tmp();
    const { code, stderr, stdout } = await cli(
      args.map((a) =>
        a.endsWith('.gif') || a.endsWith('.png') || a.endsWith('.svg') ? join(dir, a) : a,
      ),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Run 'conv-arithmetic( [a-z]+)? --help' for usage/);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    [['gif', '--input', '5', '--kernel', '0'], /kernel must be at least 1, got 0/],
    [
      ['png', '--input', '4', '--kernel', '3', '--frame', '4'],
      /frame must be an integer from 0 to 3, got 4/,
    ],
    [
      ['svg', '--input', '2', '--kernel', '3'],
      /kernel \(effective size 3\) is larger than the padded input \(2\) on rows/,
    ],
    [
      [
        'gif',
        '--kind',
        'transposed',
        '--input',
        '3',
        '--kernel',
        '3',
        '--stride',
        '2',
        '--output-padding',
        '2',
      ],
      /outputPadding \(2\) must be smaller than max\(stride, dilation\)/,
    ],
  ])('the core rejects %j: exit 2, no file written', async (args, message) => {
    const dir = tmp();
    const { code, stderr } = await cli([...args, '-o', join(dir, 'out.file')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writing', () => {
  it('gif, svg and png write complete files, leaving no temporary file behind', async () => {
    const dir = tmp();
    const base = [
      '--input',
      '5',
      '--kernel',
      '3',
      '--padding',
      '1',
      '--stride',
      '2',
      '--theme',
      'dark',
    ];
    expect((await cli(['gif', ...base, '-o', join(dir, 'a.gif')])).code).toBe(0);
    expect((await cli(['svg', ...base, '--frame', '4', '-o', join(dir, 'b.svg')])).code).toBe(0);
    expect(
      (await cli(['png', ...base, '--frame', '4', '--scale', '2', '-o', join(dir, 'sub/c.png')]))
        .code,
    ).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.gif', 'b.svg', 'sub']);
    expect(decodeGif(readFileSync(join(dir, 'a.gif'))).frames).toHaveLength(9);
    expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toContain('data-frame="4"');
    expect(existsSync(join(dir, 'sub/c.png'))).toBe(true);
  });

  it('a write that fails exits 1 and leaves nothing behind', async () => {
    const dir = tmp();
    // The parent of the output is a file in this test's own dir: ENOTDIR on every machine.
    writeFileSync(join(dir, 'a-file'), 'not a directory');
    const { code, stderr, stdout } = await cli([
      'svg',
      '--input',
      '4',
      '--kernel',
      '3',
      '-o',
      join(dir, 'a-file', 'y.svg'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^conv-arithmetic: .*(ENOTDIR|EEXIST)/);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['a-file']);
    expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('not a directory');
  });
});

describe('the real process', () => {
  it('exits 2 on a bad flag and 0 on --help', () => {
    const entry = new URL('../../packages/export/src/cli.ts', import.meta.url).pathname;
    const run = (args: string[]) =>
      spawnSync('pnpm', ['exec', 'tsx', '--tsconfig', 'tsconfig.base.json', entry, ...args], {
        cwd: new URL('../..', import.meta.url).pathname,
        encoding: 'utf8',
      });
    const bad = run(['gif', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--bogus'/);
    expect(run(['--help']).status).toBe(0);
  });
});
