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
const ROOT = new URL('../..', import.meta.url).pathname;
const CLI_ENTRY = new URL('../../packages/export/src/cli.ts', import.meta.url).pathname;

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
      /--input expects N or ROWSxCOLS \(whole numbers\), got 'five'/,
    ],
    [
      ['svg', '--input', '5', '--kernel', '3', '--padding', 'half', '-o', 'x.svg'],
      /--padding expects valid\|same\|full/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--theme', 'neon', '-o', 'x.gif'],
      /--theme expects one of classic, dark, high-contrast, slide or a .json file of theme tokens \(comma-separated layers\), got 'neon'/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--kind', 'deconv', '-o', 'x.gif'],
      /--kind expects conv, transposed, dilated or pool/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--frame-duration', '5', '-o', 'x.gif'],
      /--frame-duration expects a decimal number from 10 to 655350, got '5'/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--frame-duration', '-5', '-o', 'x.gif'],
      /Option '--frame-duration' argument is ambiguous/,
    ],
    [
      ['png', '--input', '5', '--kernel', '3', '--frame', '1.5', '-o', 'x.png'],
      /--frame expects a whole number ≥ 0, got '1.5'/,
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

const SPEC = ['--input', '5', '--kernel', '3'];

async function expectUsage(args: string[], flag: string) {
  const dir = tmp();
  const { code, stderr, stdout } = await cli(
    args.map((a) => (/\.(gif|png|svg)$/.test(a) ? join(dir, a) : a)),
  );
  expect(code, stderr).toBe(2);
  // The flag is the first thing the message names.
  expect(stderr).toMatch(new RegExp(`^conv-arithmetic: --${flag}\\b`));
  expect(stderr).not.toMatch(/TypeError|is required/);
  expect(stdout).toBe('');
  expect(readdirSync(dir)).toEqual([]);
}

describe('every flag value is checked strictly, before anything else, naming its flag', () => {
  it.each([
    [['gif', '--input', 'banana'], 'input'],
    [['gif', '--input', 'banana', '--kernel', 'x'], 'input'],
    [['gif', '--kernel', '3', '--input', 'banana'], 'input'],
    [['svg', '--kernel', 'three', '-o', 'x.svg'], 'kernel'],
    [['gif', '--input', '5', '--stride', '0b10'], 'stride'],
    [['gif', '--kind', 'deconv', '--input', 'banana'], 'kind'],
    [['gif', '--theme', 'neon'], 'theme'],
    [['gif', '--out', '', ...SPEC], 'out'],
    [['gif', '--scale', 'big'], 'scale'],
  ])('%j names --%s', async (args, flag) => {
    await expectUsage(args, flag);
  });

  it.each(['0b101', '0X1F', '0o7', '0xF', '1e3', '+3', ' 3', '3 ', '3.0', '', '5x', 'x5', '5x7x9'])(
    '--input %j is not a decimal size',
    async (value) => {
      await expectUsage(['gif', '--input', value, '--kernel', '3', '-o', 'x.gif'], 'input');
    },
  );

  it.each([
    ['kernel', '1e1'],
    ['stride', '0b1'],
    ['dilation', '2.0'],
    ['frame', '0x1'],
    ['frame', '1e0'],
    ['frame', ''],
  ])('--%s %j is refused', async (flag, value) => {
    const args = flag === 'kernel' ? ['--input', '5'] : SPEC;
    await expectUsage(['png', ...args, `--${flag}`, value, '-o', 'x.png'], flag);
  });

  it.each(['1e3', '0x64', '+2', ' 2', '', '2,5', 'Infinity', 'NaN', '.5'])(
    '--scale, --cell-size and --frame-duration refuse %j',
    async (value) => {
      await expectUsage(['gif', ...SPEC, '--scale', value, '-o', 'x.gif'], 'scale');
      await expectUsage(['gif', ...SPEC, '--cell-size', value, '-o', 'x.gif'], 'cell-size');
      await expectUsage(
        ['gif', ...SPEC, '--frame-duration', value, '-o', 'x.gif'],
        'frame-duration',
      );
    },
  );

  it.each([',,,', '1,,1,1', '1,2,3', '1,2,3,4,5', 'same ', 'VALID', '0b1', '1x', 'x', '1e1'])(
    '--padding %j is refused',
    async (value) => {
      await expectUsage(['svg', ...SPEC, '--padding', value, '-o', 'x.svg'], 'padding');
    },
  );

  it.each([
    ['valid', 9],
    ['same', 25],
    ['full', 49],
    ['1', 25],
    ['1x2', 35],
    ['0,1,2,0', 20],
  ])('--padding %s is taken (%i frames)', async (value, frames) => {
    const dir = tmp();
    const file = join(dir, 'p.gif');
    const { code, stderr } = await cli([
      'gif',
      ...SPEC,
      '--padding',
      value,
      '--scale',
      '0.25',
      '-o',
      file,
    ]);
    expect(code, stderr).toBe(0);
    expect(decodeGif(readFileSync(file)).frames).toHaveLength(frames);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    '--theme %s is not a preset',
    async (name) => {
      await expectUsage(['gif', ...SPEC, '--theme', name, '-o', 'x.gif'], 'theme');
      await expectUsage(['gallery', '--theme', name], 'theme');
    },
  );

  it("gallery --out '' names --out instead of failing to write", async () => {
    await expectUsage(['gallery', '--out', ''], 'out');
    await expectUsage(['gallery', '-o', ''], 'out');
  });

  it.each(['1e9', '655360', '1000000000', '655351'])(
    '--frame-duration %s would overflow the 16-bit GIF delay',
    async (value) => {
      await expectUsage(
        ['gif', ...SPEC, '--frame-duration', value, '-o', 'x.gif'],
        'frame-duration',
      );
    },
  );

  it('--frame-duration 655350 is the longest GIF delay (65,535 cs), kept exactly', async () => {
    const dir = tmp();
    const file = join(dir, 'slow.gif');
    const { code, stderr } = await cli([
      'gif',
      '--input',
      '3',
      '--kernel',
      '2',
      '--frame-duration',
      '655350',
      '--scale',
      '0.25',
      '-o',
      file,
    ]);
    expect(code, stderr).toBe(0);
    expect(new Set(decodeGif(readFileSync(file)).delays)).toEqual(new Set([655_350]));
  });
});

describe('images too large to rasterise are refused from the numbers, naming the flag', () => {
  it.each([
    [['png', ...SPEC, '--scale', '200', '-o', 'x.png'], 'scale'],
    [['png', ...SPEC, '--cell-size', '1000', '-o', 'x.png'], 'cell-size'],
    [['gif', ...SPEC, '--cell-size', '1000', '-o', 'x.gif'], 'cell-size'],
    [['gif', ...SPEC, '--scale', '200', '-o', 'x.gif'], 'scale'],
    [['png', ...SPEC, '--cell-size', '400', '--scale', '40', '-o', 'x.png'], 'scale'],
    [['gallery', '--scale', '200', '--out', 'g.gif'], 'scale'],
  ])('%j exits 2 naming --%s, the process alive', async (args, flag) => {
    await expectUsage(args, flag);
  });

  it('the message gives the size and the limits', async () => {
    const { stderr } = await cli(['png', ...SPEC, '--scale', '200', '-o', join(tmp(), 'x.png')]);
    expect(stderr).toMatch(
      /--scale: the image would be [\d,]+ × [\d,]+ px; the limit is 16,384 px on a side and 67,108,864 px in all/,
    );
  });

  it("--cell-size beyond the components' 1000 px is refused as a value", async () => {
    const { stderr } = await cli([
      'png',
      ...SPEC,
      '--cell-size',
      '5000',
      '-o',
      join(tmp(), 'x.png'),
    ]);
    expect(stderr).toMatch(/--cell-size expects .*1000.*, got '5000'/);
  });

  it('a real process with the largest --cell-size exits 2 instead of aborting', () => {
    const dir = tmp();
    const run = spawnSync(
      'pnpm',
      [
        'exec',
        'tsx',
        '--tsconfig',
        'tsconfig.base.json',
        CLI_ENTRY,
        'png',
        ...SPEC,
        '--cell-size',
        '1000',
        '-o',
        join(dir, 'x.png'),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^conv-arithmetic: --cell-size: /);
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

  it.each(['svg', 'gif', 'png'])(
    'a %s named with 244 characters is written (the temporary name stays short)',
    async (format) => {
      const dir = tmp();
      const name = `${'n'.repeat(240)}.${format}`;
      expect(Buffer.byteLength(name)).toBe(244);
      const { code, stderr } = await cli([
        format,
        '--input',
        '3',
        '--kernel',
        '2',
        '-o',
        join(dir, name),
      ]);
      expect(code, stderr).toBe(0);
      expect(readdirSync(dir)).toEqual([name]);
    },
  );

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

describe('--kind pool', () => {
  const pool = ['--kind', 'pool', '--input', '5', '--kernel', '3'];

  it('gif --mode max writes the 9 frames of Fig 1.6; svg --mode average prints Fig 1.5', async () => {
    const dir = tmp();
    const gif = await cli([
      'gif',
      ...pool,
      '--mode',
      'max',
      '--stride',
      '1',
      '-o',
      join(dir, 'm.gif'),
    ]);
    expect(gif.code).toBe(0);
    expect(decodeGif(readFileSync(join(dir, 'm.gif'))).frames).toHaveLength(9);
    const svg = await cli([
      'svg',
      ...pool,
      '--mode',
      'average',
      '--stride',
      '1',
      '--frame',
      '8',
      '-o',
      join(dir, 'a.svg'),
    ]);
    expect(svg.code).toBe(0);
    const text = readFileSync(join(dir, 'a.svg'), 'utf8');
    expect(text).toMatch(/>Average pooling: 5×5 input, 3×3 window → 3×3 output</);
    expect(text).toContain('>0.8<');
    expect(text).toContain('(2 + 2 + 3 + 0 + 2 + 2 + 0 + 0 + 1) / 9 = 1.3');
    expect(text).toContain('data-frame="8"');
  });

  it('the stride defaults to the kernel; --ceil-mode adds the partial window; --no-values draws none', async () => {
    const dir = tmp();
    const args = ['--kind', 'pool', '--mode', 'max', '--input', '5', '--kernel', '2'];
    expect((await cli(['gif', ...args, '-o', join(dir, 'floor.gif')])).code).toBe(0);
    expect((await cli(['gif', ...args, '--ceil-mode', '-o', join(dir, 'ceil.gif')])).code).toBe(0);
    expect(decodeGif(readFileSync(join(dir, 'floor.gif'))).frames).toHaveLength(4);
    expect(decodeGif(readFileSync(join(dir, 'ceil.gif'))).frames).toHaveLength(9);
    expect((await cli(['svg', ...args, '--no-values', '-o', join(dir, 'p.svg')])).code).toBe(0);
    expect(readFileSync(join(dir, 'p.svg'), 'utf8')).not.toContain('data-layer="output-values"');
  });

  it.each([
    [['gif', ...pool, '--mode', 'min'], /--mode expects max or average, got 'min'/],
    [['gif', ...pool], /--mode max\|average is required with --kind pool/],
    [
      ['gif', '--input', '5', '--kernel', '3', '--mode', 'max'],
      /--mode applies to --kind pool only/,
    ],
    [
      ['gif', '--input', '5', '--kernel', '3', '--ceil-mode'],
      /--ceil-mode applies to --kind pool only/,
    ],
    [
      ['gif', '--kind', 'pooling', '--input', '5', '--kernel', '3'],
      /--kind expects conv, transposed, dilated or pool/,
    ],
    [
      ['png', ...pool, '--mode', 'max', '--padding', '2'],
      /padding must be at most half the kernel \(1\)/,
    ],
    [
      ['svg', ...pool, '--mode', 'average', '--dilation', '2'],
      /dilation must be 1 for average pooling/,
    ],
    [['svg', ...pool, '--mode', 'max', '--ceil-mode', 'yes'], /.+/],
  ])('%j exits 2 naming the flag or field, writing nothing', async (args, message) => {
    const dir = tmp();
    const { code, stderr } = await cli([...args, '-o', join(dir, 'out.file')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--reveal progressive leaves the cells not yet computed empty; a bad --reveal exits 2', async () => {
    const dir = tmp();
    const args = ['svg', ...pool, '--mode', 'max', '--stride', '1', '--reveal', 'progressive'];
    expect((await cli([...args, '--frame', '3', '-o', join(dir, 'r.svg')])).code).toBe(0);
    const text = readFileSync(join(dir, 'r.svg'), 'utf8');
    expect(text.match(/data-part="pending"/g)).toHaveLength(1);
    expect(/data-part="revealed"[^>]*>(.*?)<\/g>/.exec(text)?.[1]?.match(/<text/g)).toHaveLength(4);
    const bad = await cli([
      'gif',
      ...pool,
      '--mode',
      'max',
      '--reveal',
      'some',
      '-o',
      join(dir, 'x.gif'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--reveal expects all or progressive, got 'some'/);
    expect(readdirSync(dir)).toEqual(['r.svg']);
  });

  it('gif --help lists --mode and --ceil-mode', async () => {
    const { stdout } = await cli(['gif', '--help']);
    expect(stdout).toMatch(/--kind conv\|transposed\|dilated\|pool/);
    expect(stdout).toMatch(/--mode max\|average/);
    expect(stdout).toMatch(/--ceil-mode/);
  });
});
