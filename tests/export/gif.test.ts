// GIFs decoded back: frame count, size, loop flag, delays, and the theme's colours at the right
// cells of the right frames.
import { convDiagram, transposedConvDiagram } from '@conv-arithmetic/core';
import { renderGif, renderSvg, THEMES } from '@conv-arithmetic/export';
import { classicTheme, darkTheme, defineTheme } from '@conv-arithmetic/react';
import { encodeGif } from '@conv-arithmetic/react/export';
import { describe, expect, it } from 'vitest';
import { cellCentre, decodeGif, over, pixel, rgbOf } from './decode';

const SPEC = { input: 5, kernel: 3, padding: 1, stride: 2 } as const;

function expectNear(actual: string, expected: [number, number, number], tolerance = 3) {
  const got = rgbOf(actual);
  for (let i = 0; i < 3; i++)
    expect(Math.abs((got[i] as number) - expected[i]!)).toBeLessThanOrEqual(tolerance);
}

describe('renderGif', () => {
  it('one frame per output cell, the SVG size, looping forever, 1.0 s per frame by default', async () => {
    const gif = decodeGif(await renderGif(SPEC));
    expect(gif.frames).toHaveLength(convDiagram(SPEC).frameCount);
    const svg = renderSvg(SPEC, 0);
    expect(gif.width).toBe(Math.round(Number(/ width="([\d.]+)"/.exec(svg)?.[1])));
    expect(gif.height).toBe(Math.round(Number(/ height="([\d.]+)"/.exec(svg)?.[1])));
    expect(gif.loopCount).toBe(0);
    expect(new Set(gif.delays)).toEqual(new Set([1000]));
  });

  it('frame duration, play-once and scale are honoured', async () => {
    const gif = decodeGif(
      await renderGif({ input: 4, kernel: 3 }, { frameDuration: 250, loop: false, scale: 2 }),
    );
    expect(gif.frames).toHaveLength(4);
    expect(new Set(gif.delays)).toEqual(new Set([250]));
    expect(gif.loopCount).not.toBe(0);
    const single = decodeGif(await renderGif({ input: 4, kernel: 3 }));
    // resvg rounds the scaled size once, not per pixel.
    expect(Math.abs(gif.width - single.width * 2)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['classic', classicTheme, undefined],
    ['dark', darkTheme, 'dark' as const],
    [
      'one colour changed',
      defineTheme({ colors: { output: '#B58900', input: '#6C71C4' } }),
      { colors: { output: '#B58900', input: '#6C71C4' } },
    ],
  ])(
    '%s theme: input, output, kernel window and current output colours at their cells',
    async (_, theme, option) => {
      const spec = { ...SPEC, theme: option };
      const gif = decodeGif(await renderGif(spec));
      const { colors } = theme;
      for (const frame of [0, 4, 8]) {
        const svg = renderSvg(spec, frame);
        const image = gif.frames[frame] as Uint8ClampedArray;
        const at = (selector: string) => pixel(image, gif.width, cellCentre(svg, selector));
        const [outRow, outCol] = [Math.floor(frame / 3), frame % 3];
        const elsewhere = `${(outRow + 1) % 3}:${(outCol + 1) % 3}`;
        // A real input cell outside the window, and a padding cell outside it.
        const window = convDiagram(SPEC).window(frame);
        const far = window.row >= 3 ? '1:1' : '5:5';
        expect(at(`input:${far}`)).toBe(colors.input);
        expect(at(`output:${elsewhere}`)).toBe(colors.output);
        // Under the kernel window: the shade over the input; the current output cell likewise.
        const tap = `${window.row + 1}:${window.col + 1}`;
        expectNear(at(`input:${tap}`), over(colors.shade, colors.shadeOpacity, colors.input));
        expectNear(
          at(`output:${outRow}:${outCol}`),
          over(colors.shade, colors.shadeOpacity, colors.output),
        );
      }
      if (option === 'dark') expect(THEMES.dark).toBe(darkTheme);
    },
  );

  it('transposed: inserted zeros and padding keep their own colours', async () => {
    const spec = { kind: 'transposed' as const, input: 2, kernel: 3, stride: 2 };
    const gif = decodeGif(await renderGif(spec));
    expect(gif.frames).toHaveLength(transposedConvDiagram(spec).frameCount);
    const last = gif.frames.length - 1;
    const svg = renderSvg(spec, last);
    const image = gif.frames[last] as Uint8ClampedArray;
    expect(pixel(image, gif.width, cellCentre(svg, 'input:2:3'))).toBe(
      classicTheme.colors.inserted,
    );
    expect(pixel(image, gif.width, cellCentre(svg, 'input:0:0'))).toBe(classicTheme.colors.padding);
    expect(pixel(image, gif.width, cellCentre(svg, 'input:2:2'))).toBe(classicTheme.colors.input);
  });

  it('is smaller than the seed GIF of the same animation (padding_strides: 118,422 bytes)', async () => {
    const bytes = await renderGif({ ...SPEC, labels: false });
    expect(bytes.length).toBeLessThan(118_422);
  });
});

describe('encodeGif streams', () => {
  // One buffer, refilled for every frame: an encoder that kept frames to use later (for a
  // global palette, say) would see only the last picture, so each decoded frame being right
  // proves every frame was encoded before the next was asked for.
  function* movingSquare(size: number, count: number, log: string[]) {
    const data = new Uint8Array(size * size * 4);
    for (let f = 0; f < count; f++) {
      log.push(`pull ${f}`);
      for (let p = 0; p < size * size; p++) {
        const x = p % size;
        const y = Math.floor(p / size);
        const inside = x >= f && x < f + 3 && y >= f && y < f + 3;
        data.set(inside ? [0x26, 0x8b, 0xd2, 255] : [255, 255, 255, 255], p * 4);
      }
      yield { width: size, height: size, data };
    }
  }

  it('takes frames from a generator one at a time, each encoded before the next is drawn', async () => {
    const log: string[] = [];
    const bytes = await encodeGif(movingSquare(12, 8, log));
    expect(log).toEqual([...Array(8).keys()].map((f) => `pull ${f}`));
    const gif = decodeGif(bytes);
    expect(gif.frames).toHaveLength(8);
    for (let f = 0; f < 8; f++) {
      const frame = gif.frames[f] as Uint8ClampedArray;
      expect(pixel(frame, 12, [f + 1, f + 1]), `frame ${f}`).toBe('#268BD2');
      expect(pixel(frame, 12, [(f + 5) % 12, (f + 5) % 12]), `frame ${f}`).toBe('#FFFFFF');
    }
  });

  it('an async source is pulled lazily: at most one frame is waiting at any time', async () => {
    let alive = 0;
    let most = 0;
    async function* frames() {
      for (const frame of movingSquare(12, 6, [])) {
        alive++;
        most = Math.max(most, alive);
        yield { ...frame, data: frame.data.slice() };
        alive--; // resumed: the encoder is done with this frame and wants the next
      }
    }
    decodeGif(await encodeGif(frames()));
    expect(most).toBe(1);
  });

  it('theme colours stay exact even when the first frame does not show them', async () => {
    const theme = defineTheme({ colors: { input: '#6C71C4' } });
    function* frames() {
      const size = 8;
      const plain = new Uint8Array(size * size * 4).fill(255);
      yield { width: size, height: size, data: plain };
      const later = plain.slice();
      // A shade of the input colour the first frame never shows, beside a near miss.
      const shaded = over(theme.colors.shade, theme.colors.shadeOpacity, theme.colors.input).map(
        Math.round,
      );
      later.set([...shaded, 255], 0);
      later.set([...rgbOf(theme.colors.input), 255], 4);
      yield { width: size, height: size, data: later };
    }
    const gif = decodeGif(await encodeGif(frames(), { theme }));
    expect(pixel(gif.frames[1] as Uint8ClampedArray, 8, [1, 0])).toBe(theme.colors.input);
    expectNear(
      pixel(gif.frames[1] as Uint8ClampedArray, 8, [0, 0]),
      over(theme.colors.shade, theme.colors.shadeOpacity, theme.colors.input),
      1,
    );
  });

  it.each([0, -5, Number.NaN, 655_351, 1e9])(
    'frameDuration %d is refused, never wrapped',
    async (ms) => {
      await expect(encodeGif(movingSquare(4, 1, []), { frameDuration: ms })).rejects.toThrow(
        /frameDuration/,
      );
    },
  );
});
