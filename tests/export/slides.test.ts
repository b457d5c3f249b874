// Export parity for slides: theme layers (presets and JSON files) and a caption reach SVG, PNG
// and GIF alike, from the CLI and the Node API; bad values exit 2 naming the flag.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConvArithmeticError } from '@conv-arithmetic/core';
import {
  captionOf,
  renderGif,
  renderSvg,
  runCli,
  svgToPng,
  svgToRgba,
  themeOf,
} from '@conv-arithmetic/export';
import { darkTheme, slideTheme } from '@conv-arithmetic/react';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';
import { tempDirs } from './tempDirs';

const tmp = tempDirs('conv-slides-');
const SPEC = ['--input', '4', '--kernel', '3', '--stride', '2', '--padding', '1'];
const CAPTION = 'Stride 2, padding 1, over a 4×4 input';
const BRAND = { colors: { output: '#B58900' } };

async function cli(args: string[]) {
  let stderr = '';
  const code = await runCli(args, {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: false,
    version: '0.0.0-test',
  });
  return { code, stderr };
}

const parse = (svg: string) =>
  new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document as Document;

/** Writes the brand theme file and returns the flags that layer dark, slide and it. */
function themeFlags(dir: string): string[] {
  const file = join(dir, 'brand.json');
  writeFileSync(file, JSON.stringify(BRAND));
  return ['--theme', `dark,slide,${file}`, '--caption', CAPTION];
}

/** Pixels of one exact colour in an RGBA picture, within rows [top, bottom). */
function countColour(
  data: ArrayLike<number>,
  width: number,
  hex: string,
  top = 0,
  bottom = Infinity,
) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  const rows = Math.min(bottom, data.length / 4 / width);
  for (let y = top; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
    }
  }
  return count;
}

const pngHeight = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset).getUint32(20);

describe('the CLI: --theme layers with a JSON file, and --caption', () => {
  it("svg: dark colours, slide sizes, the file's output colour, the caption under the picture", async () => {
    const dir = tmp();
    const out = join(dir, 'still.svg');
    const { code, stderr } = await cli([
      'svg',
      ...SPEC,
      ...themeFlags(dir),
      '--frame',
      '2',
      '-o',
      out,
    ]);
    expect(code, stderr).toBe(0);
    const document = parse(readFileSync(out, 'utf8'));
    expect(document.querySelector('svg > rect')?.getAttribute('fill')).toBe(
      darkTheme.colors.background,
    );
    expect(document.querySelector('[data-plane="output"]')?.getAttribute('fill')).toBe('#B58900');
    expect(document.querySelector('[data-plane="output"]')?.getAttribute('stroke-width')).toBe(
      String(slideTheme.stroke.thick),
    );
    const caption = document.querySelector('[data-layer="caption"]');
    expect(caption?.textContent).toBe(CAPTION);
    expect(caption?.getAttribute('fill')).toBe(darkTheme.colors.text);
    // Below the legend, inside the picture.
    const legendY = Math.max(
      ...[...document.querySelectorAll('[data-layer="legend"] text')].map((t) =>
        Number(t.getAttribute('y')),
      ),
    );
    const [, minY, , height] = (document.querySelector('svg')?.getAttribute('viewBox') ?? '')
      .split(' ')
      .map(Number);
    const captionY = Number(caption?.querySelector('text')?.getAttribute('y'));
    expect(captionY).toBeGreaterThan(legendY);
    expect(captionY).toBeLessThan((minY as number) + (height as number));
  });

  it('png: the raster of that SVG, taller than without the caption, caption pixels in the text colour', async () => {
    const dir = tmp();
    const out = join(dir, 'still.png');
    const flags = themeFlags(dir);
    expect((await cli(['png', ...SPEC, ...flags, '-o', out])).code).toBe(0);
    const png = readFileSync(out);
    const spec = {
      input: 4,
      kernel: 3,
      stride: 2,
      padding: 1,
      theme: ['dark', 'slide', BRAND] as const,
      caption: CAPTION,
    };
    const svg = renderSvg({ ...spec, theme: [...spec.theme] }, 0);
    expect(Buffer.from(png).equals(Buffer.from(svgToPng(svg)))).toBe(true);
    const bare = svgToPng(renderSvg({ ...spec, theme: [...spec.theme], caption: undefined }, 0));
    expect(pngHeight(png)).toBeGreaterThan(pngHeight(bare));
    const raster = svgToRgba(svg);
    const band = pngHeight(bare);
    expect(countColour(raster.data, raster.width, darkTheme.colors.text, band)).toBeGreaterThan(20);
    expect(countColour(raster.data, raster.width, '#B58900')).toBeGreaterThan(100);
  });

  it("gif: every frame shows the caption band and the file's output colour", async () => {
    const dir = tmp();
    const out = join(dir, 'steps.gif');
    expect((await cli(['gif', ...SPEC, ...themeFlags(dir), '-o', out])).code).toBe(0);
    const gif = decodeGif(readFileSync(out));
    const bare = decodeGif(
      await renderGif({
        input: 4,
        kernel: 3,
        stride: 2,
        padding: 1,
        theme: ['dark', 'slide', BRAND],
      }),
    );
    expect(gif.height).toBeGreaterThan(bare.height);
    expect(gif.frames).toHaveLength(4);
    for (const frame of gif.frames) {
      expect(countColour(frame, gif.width, darkTheme.colors.text, bare.height)).toBeGreaterThan(20);
      expect(countColour(frame, gif.width, '#B58900')).toBeGreaterThan(100);
    }
  });

  it('--labels is the default; --no-labels drops them', async () => {
    const dir = tmp();
    await cli(['svg', ...SPEC, '--labels', '-o', join(dir, 'a.svg')]);
    await cli(['svg', ...SPEC, '--no-labels', '-o', join(dir, 'b.svg')]);
    expect(
      parse(readFileSync(join(dir, 'a.svg'), 'utf8')).querySelector('[data-layer="legend"]'),
    ).not.toBeNull();
    expect(
      parse(readFileSync(join(dir, 'b.svg'), 'utf8')).querySelector('[data-layer="legend"]'),
    ).toBeNull();
  });
});

describe('bad slide flags exit 2 naming the flag, writing nothing', () => {
  const expectUsage = async (args: (dir: string) => string[], flag: string, message: RegExp) => {
    const dir = tmp();
    const { code, stderr } = await cli([...args(dir), '-o', join(dir, 'x.svg')]);
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(new RegExp(`^conv-arithmetic: --${flag}\\b`));
    expect(stderr).toMatch(message);
    expect(readdirSync(dir).filter((name) => name !== 'theme.json')).toEqual([]);
  };
  const withFile = (dir: string, text: string) => {
    writeFileSync(join(dir, 'theme.json'), text);
    return join(dir, 'theme.json');
  };

  it('a theme file that does not exist', () =>
    expectUsage(
      (dir) => ['svg', ...SPEC, '--theme', join(dir, 'missing.json')],
      'theme',
      /cannot be read \(ENOENT\)/,
    ));
  it('a theme file that is not JSON', () =>
    expectUsage(
      (dir) => ['svg', ...SPEC, '--theme', withFile(dir, '{colors')],
      'theme',
      /is not JSON/,
    ));
  it('a theme file with an unsafe colour', () =>
    expectUsage(
      (dir) => ['svg', ...SPEC, '--theme', withFile(dir, '{"colors":{"output":"url(/x)"}}')],
      'theme',
      /theme\.colors\.output/,
    ));
  it('a theme file with a token that does not exist', () =>
    expectUsage(
      (dir) => ['svg', ...SPEC, '--theme', `dark,${withFile(dir, '{"colours":{}}')}`],
      'theme',
      /theme\.colours/,
    ));
  it('an unknown layer among good ones', () =>
    expectUsage(() => ['svg', ...SPEC, '--theme', 'dark,neon'], 'theme', /got 'neon'/));
  it('a caption over 500 characters', () =>
    expectUsage(() => ['svg', ...SPEC, '--caption', 'x'.repeat(501)], 'caption', /at most 500/));
  it('a caption with a control character', () =>
    expectUsage(() => ['svg', ...SPEC, '--caption', 'a\u0007b'], 'caption', /control characters/));
  it('--labels with --no-labels', () =>
    expectUsage(() => ['svg', ...SPEC, '--labels', '--no-labels'], 'labels', /contradict/));
});

describe('the Node API: any theme, layered, and a caption', () => {
  it('themeOf layers presets and overrides left to right', () => {
    expect(themeOf({ input: 5, kernel: 3, theme: ['dark', 'slide', BRAND] })).toEqual({
      ...darkTheme,
      ...{ stroke: slideTheme.stroke, font: slideTheme.font, cellSize: slideTheme.cellSize },
      colors: {
        ...darkTheme.colors,
        shadeOpacity: slideTheme.colors.shadeOpacity,
        output: '#B58900',
      },
    });
    // A theme object, a copy of a preset included, applies as given.
    expect(themeOf({ input: 5, kernel: 3, theme: { ...darkTheme } })).toEqual(darkTheme);
  });

  it('an unknown preset or a bad caption throws naming the parameter', () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as ConvArithmeticError;
      }
      return null;
    };
    const theme = thrown(() => themeOf({ input: 5, kernel: 3, theme: ['dark', 'neon' as never] }));
    expect(theme).toBeInstanceOf(ConvArithmeticError);
    expect(theme?.param).toBe('theme');
    const caption = thrown(() => renderSvg({ input: 5, kernel: 3, caption: 'a\u0000b' }));
    expect(caption?.param).toBe('caption');
    expect(captionOf({ input: 5, kernel: 3, caption: '' })).toBeUndefined();
  });

  it('a long caption wraps inside the picture', () => {
    const long =
      'Each output cell sums the kernel weights times the input values under the window, '
        .repeat(4)
        .trim();
    const document = parse(renderSvg({ input: 4, kernel: 3, caption: long }, 0));
    const lines = [...document.querySelectorAll('[data-layer="caption"] text')].map(
      (t) => t.textContent,
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(long);
  });
});
