// The published `conv-arithmetic` command, installed from its tarball.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
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

  it("the README's npx form runs our command: npx @conv-arithmetic/export <command>", () => {
    // npm exec runs a package's only bin; from the installed tarball, never the registry.
    const env = { ...process.env, npm_config_cache: join(inject('consumerRoot'), 'npm-cache') };
    const exec = (command: string, args: string[]) =>
      spawnSync(command, args, { cwd: consumer('app'), encoding: 'utf8', env });
    const npx = (args: string[]) => exec('npx', ['--no', '@conv-arithmetic/export', ...args]);
    // npm answers a bare --help itself: `npm exec --` hands it to our command.
    const help = exec('npm', ['exec', '--no', '--', '@conv-arithmetic/export', '--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^conv-arithmetic: convolution-arithmetic animations/);
    const gif = npx(['gif', '--input', '3', '--kernel', '2', '-o', 'out/npx.gif']);
    expect(gif.status, gif.stderr).toBe(0);
    const bytes = readFileSync(join(consumer('app'), 'out/npx.gif'));
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const bad = npx(['gif', '--input', 'banana']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^conv-arithmetic: --input /m);
  });
});
