// Exports of multi-channel figures and padding modes: SVG, PNG and GIF draw the components'
// channel picture (input maps as a stack, one output map per output channel), and its limits
// refuse with the parameter's name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convolveChannels } from '@conv-arithmetic/core/channels';
import { frameCountOf, renderSvg, runCli, svgToPng } from '@conv-arithmetic/export';
import { createFigureModel } from '@conv-arithmetic/react';
import { describe, expect, it } from 'vitest';
import { channelNumbers } from '../../packages/react/src/channels/channelNumbers';
import { decodeGif } from './decode';
import { tempDirs } from './tempDirs';

const tmp = tempDirs('conv-channel-export-');

/** Elements of an SVG document carrying both attributes, in either order. */
const count = (svg: string, a: string, b: string) =>
  (svg.match(new RegExp(`<[^>]*(${a}[^>]*${b}|${b}[^>]*${a})[^>]*>`, 'g')) ?? []).length;

async function cli(args: string[]) {
  let stderr = '';
  const code = await runCli(args, {
    stdout: () => {},
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTTY: false,
    version: '0.0.0-test',
  });
  return { code, stderr };
}

const FIG_1_3 = { input: 4, kernel: 3, inChannels: 2, outChannels: 3 } as const;

describe('exporting several channels', () => {
  it("an SVG frame draws the paper's Fig 1.3: two input maps, three output maps", () => {
    expect(frameCountOf(FIG_1_3)).toBe(12);
    const svg = renderSvg(FIG_1_3, 5);
    expect(svg).toContain('data-channels="2→3"');
    expect(count(svg, 'data-layer="input"', 'data-channel="\\d+"')).toBe(2);
    expect(count(svg, 'data-layer="output"', 'data-channel="\\d+"')).toBe(3);
    // Frame 5 computes output map 1 (4 cells a map), cell (0, 1).
    expect(svg).toMatch(/data-part="current-output"[^>]*data-channel="1"/);
  });

  it('with values, the partial sums and the output value are those of convolveChannels', () => {
    const spec = { ...FIG_1_3, showValues: true };
    const model = createFigureModel('conv', spec);
    const { input, weights } = channelNumbers(model.diagram, model.spec);
    const out = convolveChannels(input, weights);
    // Frame 7: output map 1, cell (1, 1).
    const svg = renderSvg(spec, 7);
    const partials = svg.match(/data-part="partials"[\s\S]*?<\/g>/)?.[0] ?? '';
    const sums = [...partials.matchAll(/<text[^>]*>→ (-?\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(sums).toHaveLength(2);
    expect(sums[0]! + sums[1]!).toBe(out[1]?.[1]?.[1]);
    // Maps take their own numbers: values for one map are refused, naming values.
    expect(() => renderSvg({ ...spec, values: { input: [[1]] } })).toThrow(/^values draws one map/);
  });

  it('a PNG has the SVG’s size times the scale; a caption goes under the maps', () => {
    const svg = renderSvg(FIG_1_3, 0);
    const [, width, height] = svg.match(/<svg[^>]*width="([\d.]+)" height="([\d.]+)"/) ?? [];
    const png = svgToPng(svg, { scale: 0.5 });
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(Math.round(Number(width) * 0.5));
    expect(view.getUint32(20)).toBe(Math.round(Number(height) * 0.5));
    const captioned = renderSvg({ ...FIG_1_3, caption: 'Two maps in, three out' }, 0);
    expect(captioned).toContain('Two maps in, three out');
    const [, , tall] = captioned.match(/<svg[^>]*width="([\d.]+)" height="([\d.]+)"/) ?? [];
    expect(Number(tall)).toBeGreaterThan(Number(height));
  });

  it('the CLI writes a GIF of every (output channel, row, col) frame, depthwise too', async () => {
    const dir = tmp();
    const file = join(dir, 'dw.gif');
    const flags = ['--in-channels', '3', '--out-channels', '3', '--groups', '3'];
    const { code, stderr } = await cli([
      'gif',
      '--input',
      '4',
      '--kernel',
      '3',
      ...flags,
      '--scale',
      '0.25',
      '-o',
      file,
    ]);
    expect(code, stderr).toBe(0);
    expect(decodeGif(readFileSync(file)).frames).toHaveLength(3 * 2 * 2);
  });

  it('the channel picture’s limits exit 2 naming the parameter, writing nothing', async () => {
    const dir = tmp();
    const { code, stderr } = await cli([
      'svg',
      '--input',
      '64',
      '--kernel',
      '1',
      '--out-channels',
      '2',
      '-o',
      join(dir, 'x.svg'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^conv-arithmetic: outChannels draws 2 maps of 64×64 cells/);
    expect(() => renderSvg({ ...FIG_1_3, layout: 'perspective' })).toThrow(/^layout draws one map/);
  });
});

describe('exporting padding modes', () => {
  it('padding cells print the value they copy (reflect, as F.pad)', () => {
    const input = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    const svg = renderSvg(
      { input: 3, kernel: 3, padding: 1, paddingMode: 'reflect', values: { input } },
      0,
    );
    // F.pad(x, (1, 1, 1, 1), 'reflect')'s first row: 5 4 5 6 5.
    const texts = [...svg.matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    const firstRow = [5, 4, 5, 6, 5];
    const at = texts.findIndex((_, i) => firstRow.every((v, j) => texts[i + j] === v));
    expect(at).toBeGreaterThanOrEqual(0);
  });
});
