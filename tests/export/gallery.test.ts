// `conv-arithmetic gallery`: exactly the seed generator's 19 names plus index.html, with progress.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paperGallery } from '@conv-arithmetic/core/gallery';
import { runCli } from '@conv-arithmetic/export';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';
import { tempDirs } from './tempDirs';

const SEED_NAMES = [
  'arbitrary_padding_no_strides',
  'arbitrary_padding_no_strides_transposed',
  'dilation',
  'full_padding_no_strides',
  'full_padding_no_strides_transposed',
  'no_padding_no_strides',
  'no_padding_no_strides_transposed',
  'no_padding_strides',
  'no_padding_strides_transposed',
  'padding_strides',
  'padding_strides_odd',
  'padding_strides_odd_transposed',
  'padding_strides_transposed',
  'same_padding_no_strides',
  'same_padding_no_strides_transposed',
];
// The generator's four numerical animations (§1.4): 9 frames each.
const NUMERICAL_NAMES = [
  'numerical_no_padding_no_strides',
  'numerical_padding_strides',
  'numerical_average_pooling',
  'numerical_max_pooling',
];
// The seed's frame counts (§1.2–1.3): o² direct, i² transposed.
const SEED_FRAMES: Record<string, number> = {
  no_padding_no_strides: 4,
  arbitrary_padding_no_strides: 36,
  same_padding_no_strides: 25,
  full_padding_no_strides: 49,
  no_padding_strides: 4,
  padding_strides: 9,
  padding_strides_odd: 9,
  dilation: 9,
  no_padding_no_strides_transposed: 16,
  arbitrary_padding_no_strides_transposed: 25,
  same_padding_no_strides_transposed: 25,
  full_padding_no_strides_transposed: 25,
  no_padding_strides_transposed: 25,
  padding_strides_transposed: 25,
  padding_strides_odd_transposed: 36,
  numerical_no_padding_no_strides: 9,
  numerical_padding_strides: 9,
  numerical_average_pooling: 9,
  numerical_max_pooling: 9,
};

const tmp = tempDirs('conv-gallery-');

describe('gallery', () => {
  it('writes exactly the 19 GIFs and index.html, with progress on a terminal', async () => {
    const out = join(tmp(), 'gallery');
    let stderr = '';
    let stdout = '';
    const code = await runCli(['gallery', '--out', out], {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      stderrIsTTY: true,
      version: 'test',
    });
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote 20 files to ${out}/\n`);
    expect(readdirSync(out).sort()).toEqual(
      [...SEED_NAMES, ...NUMERICAL_NAMES]
        .map((n) => `${n}.gif`)
        .concat('index.html')
        .sort(),
    );
    expect(stderr).toContain('[1/19] no_padding_no_strides.gif');
    expect(stderr).toContain('[15/19] dilation.gif');
    expect(stderr).toContain('[19/19] numerical_max_pooling.gif');
    for (const name of [...SEED_NAMES, ...NUMERICAL_NAMES]) {
      const gif = decodeGif(readFileSync(join(out, `${name}.gif`)));
      expect(gif.frames, name).toHaveLength(SEED_FRAMES[name] as number);
      expect(gif.loopCount).toBe(0);
    }
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html.match(/<h1>[^<]+<\/h1>/g)).toEqual([
      '<h1>Convolution animations</h1>',
      '<h1>Transposed convolution animations</h1>',
      '<h1>Dilated convolution animations</h1>',
      '<h1>Numerical animations</h1>',
    ]);
    const numericalSection = html.slice(html.indexOf('<h1>Numerical animations</h1>'));
    expect(
      [...numericalSection.matchAll(/<img width="150px" src="([a-z_]+)\.gif"/g)].map((m) => m[1]),
    ).toEqual(NUMERICAL_NAMES);
    expect([...html.matchAll(/<img width="150px" src="([a-z_]+)\.gif"/g)].map((m) => m[1])).toEqual(
      paperGallery.map((g) => g.name),
    );
    for (const entry of paperGallery) expect(html).toContain(`<td>${entry.caption}</td>`);
  });

  it('stays quiet on stderr when it is not a terminal', async () => {
    const out = join(tmp(), 'g');
    let stderr = '';
    await runCli(['gallery', '--out', out, '--scale', '0.5'], {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      stderrIsTTY: false,
      version: 'test',
    });
    expect(stderr).toBe('');
    expect(readdirSync(out)).toHaveLength(20);
  });
});
