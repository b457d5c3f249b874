// The CLI's flags for channels, groups, padding modes and causal padding: parsed into the spec,
// bad values and combinations exit 2 naming the flag, and nothing is written.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand, runCli } from '@conv-arithmetic/export';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './tempDirs';

const tmp = tempDirs('conv-channel-flags-');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

const SPEC = ['--input', '5', '--kernel', '3'];

describe('channel and padding-mode flags', () => {
  it('are parsed into the spec; omitted ones stay out of it', () => {
    const command = parseCommand([
      'svg',
      ...SPEC,
      '--in-channels',
      '4',
      '--out-channels',
      '6',
      '--groups',
      '2',
      '--padding',
      '1',
      '--padding-mode',
      'reflect',
      '-o',
      'x.svg',
    ]);
    expect(command.name === 'svg' && command.spec).toMatchObject({
      inChannels: 4,
      outChannels: 6,
      groups: 2,
      paddingMode: 'reflect',
      padding: 1,
    });
    const plain = parseCommand(['svg', ...SPEC, '-o', 'x.svg']);
    const spec = plain.name === 'svg' ? plain.spec : {};
    for (const key of ['inChannels', 'outChannels', 'groups', 'paddingMode']) {
      expect(key in spec).toBe(false);
    }
    const strip = parseCommand([
      'svg',
      '--input',
      '1x9',
      '--kernel',
      '1x3',
      '--layout',
      '1d',
      '-o',
      'x.svg',
    ]);
    expect(strip.name === 'svg' && strip.spec.layout).toBe('1d');
    const causal = parseCommand(['svg', ...SPEC, '--padding', 'causal', '-o', 'x.svg']);
    expect(causal.name === 'svg' && causal.spec.padding).toBe('causal');
  });

  it.each([
    [['--in-channels', '0'], 'in-channels', /whole number ≥ 1, got '0'/],
    [['--in-channels', '1.5'], 'in-channels', /whole number/],
    [['--out-channels', 'three'], 'out-channels', /whole number/],
    [['--out-channels', '0x2'], 'out-channels', /whole number/],
    [['--groups', '1e1'], 'groups', /whole number/],
    [['--groups', ''], 'groups', /whole number/],
    [['--padding-mode', 'mirror'], 'padding-mode', /zeros, reflect, replicate or circular/],
    [['--padding-mode', 'Reflect'], 'padding-mode', /got 'Reflect'/],
    [
      ['--in-channels', '3', '--out-channels', '4', '--groups', '2'],
      'groups',
      /must divide --in-channels \(3\) and --out-channels \(4\), got 2/,
    ],
    [['--groups', '2'], 'groups', /must divide --in-channels \(1\)/],
    [['--kind', 'pool', '--mode', 'max', '--groups', '1'], 'groups', /convolutions only/],
    [['--kind', 'pool', '--mode', 'max', '--in-channels', '2'], 'in-channels', /convolutions/],
    [
      ['--kind', 'transposed', '--padding-mode', 'circular'],
      'padding-mode',
      /--kind conv and dilated only .*got 'circular'/,
    ],
    [['--padding', 'Causal'], 'padding', /valid\|same\|full\|causal/],
    [['--layout', '2d'], 'layout', /perspective, flat or 1d, got '2d'/],
  ])('%j exits 2 naming --%s, writing nothing', async (flags, flag, says) => {
    const dir = tmp();
    const { code, stdout, stderr } = await cli([
      'svg',
      ...SPEC,
      ...flags,
      '-o',
      join(dir, 'x.svg'),
    ]);
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(new RegExp(`^conv-arithmetic: --${flag}\\b`));
    expect(stderr).toMatch(says);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the core's limits of a padding mode exit 2 naming padding", async () => {
    const dir = tmp();
    const args = ['svg', ...SPEC, '--padding', '5', '--padding-mode', 'reflect'];
    const { code, stderr } = await cli([...args, '-o', join(dir, 'x.svg')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/padding \(5\) must be smaller than the input \(5\) on rows/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--padding causal keeps the length: 5 × 5 frames, the last one 24', async () => {
    const dir = tmp();
    const file = join(dir, 'c.svg');
    const args = ['svg', ...SPEC, '--padding', 'causal'];
    expect((await cli([...args, '--frame', '24', '-o', file])).code).toBe(0);
    const beyond = await cli([...args, '--frame', '25', '-o', join(dir, 'd.svg')]);
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toMatch(/frame must be an integer from 0 to 24, got 25/);
    expect(readdirSync(dir)).toEqual(['c.svg']);
  });
});
