// The published `conv-arithmetic` command, installed from its tarball.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consumer } from './helpers';

const run = (args: string[]) =>
  spawnSync(join(consumer('app'), 'node_modules/.bin/conv-arithmetic'), args, {
    cwd: consumer('app'),
    encoding: 'utf8',
  });

describe('conv-arithmetic, installed', () => {
  it('--help exits 0; a bad flag exits 2 with a clear message', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/conv-arithmetic gallery/);
    const bad = run(['png', '--input', '5', '--kernel', '3', '--colour', 'red', '-o', 'x.png']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--colour'/);
  });

  it('writes a GIF from the packed packages (resvg and gifenc as installed)', () => {
    const gif = run([
      'gif',
      '--kind',
      'transposed',
      '--input',
      '2',
      '--kernel',
      '3',
      '--stride',
      '2',
      '-o',
      'out/t.gif',
    ]);
    expect(gif.status, gif.stderr).toBe(0);
    const bytes = readFileSync(join(consumer('app'), 'out/t.gif'));
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  });
});
