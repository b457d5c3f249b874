// Exports of the scatter and matrix views: the CLI's --view, SVG frames and GIFs that are the
// components' own drawing, one GIF frame per frame of the view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameCountOf, renderGif, renderSvg, runCli, svgFrames } from '@conv-arithmetic/export';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';
import { tempDirs } from './tempDirs';

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

const tmp = tempDirs('conv-views-');
const FIG_4_7 = ['--kind', 'transposed', '--input', '3', '--kernel', '3', '--stride', '2'];

describe('--view', () => {
  it.each([
    ['scatter', 9],
    ['matrix', 25],
    ['equivalent', 25],
  ])('gif --view %s writes one frame per frame of the view (%i)', async (view, frames) => {
    const dir = tmp();
    const file = join(dir, `${view}.gif`);
    const { code, stderr } = await cli([
      'gif',
      ...FIG_4_7,
      '--padding',
      '1',
      '--view',
      view,
      '-o',
      file,
    ]);
    expect(code, stderr).toBe(0);
    expect(decodeGif(readFileSync(file)).frames).toHaveLength(frames);
  });

  it('svg --view matrix of a direct convolution draws C with its 36 entries', async () => {
    const dir = tmp();
    const file = join(dir, 'c.svg');
    const run = await cli([
      'svg',
      '--input',
      '4',
      '--kernel',
      '3',
      '--view',
      'matrix',
      '--frame',
      '2',
      '-o',
      file,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('data-view="matrix"');
    expect(svg.match(/data-part="entry"/g)).toHaveLength(36);
    expect(svg).toContain('data-index="2"');
  });

  it.each([
    [['--view', 'sideways'], /--view expects equivalent, scatter or matrix, got 'sideways'/],
    [['--kind', 'conv', '--view', 'scatter'], /view 'scatter' draws a transposed convolution/],
  ])('%j exits 2 naming the view', async (flags, message) => {
    const { code, stderr } = await cli([
      'svg',
      '--input',
      '3',
      '--kernel',
      '3',
      ...flags,
      '-o',
      join(tmp(), 'x.svg'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('renderSvg, svgFrames and renderGif of a view', () => {
  const spec = { kind: 'transposed', input: 2, kernel: 3, stride: 2, view: 'scatter' } as const;

  it('every SVG frame is the scatter view at that frame; frames past the last are refused', () => {
    const frames = [...svgFrames(spec)];
    expect(frames).toHaveLength(4);
    frames.forEach((svg, i) => {
      expect(svg).toContain(`data-view="scatter" data-frame="${i}"`);
      expect(svg).toContain('<desc');
    });
    expect(() => renderSvg(spec, 4)).toThrow(/frame must be an integer from 0 to 3, got 4/);
    expect(frameCountOf(spec)).toBe(4);
    expect(frameCountOf({ ...spec, view: 'matrix' })).toBe(25);
  });

  it('GIF frames match the picture size and differ from frame to frame', async () => {
    const gif = decodeGif(await renderGif(spec));
    const svg = renderSvg(spec, 0);
    expect(gif.frames).toHaveLength(4);
    expect(gif.width).toBe(Math.round(Number(/ width="([\d.]+)"/.exec(svg)?.[1])));
    const [first, second] = gif.frames;
    expect(first?.length).toBe(second?.length);
    expect(first?.some((value, i) => value !== second?.[i])).toBe(true);
  });
});
