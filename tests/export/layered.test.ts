// The GIF exporter rasterises the static picture once and each frame's overlay alone, cropped to
// the pixels it can touch: its frames must show what rasterising each whole frame's SVG shows.
import {
  type ExportSpec,
  gifFrames,
  renderGif,
  svgFrames,
  svgToRgba,
} from '@conv-arithmetic/export';
import { encodeGif, type RgbaFrame } from '@conv-arithmetic/react/export';
import { describe, expect, it } from 'vitest';
import { decodeGif } from './decode';

/**
 * Compositing the layers rounds to 8 bits at each step where one whole-frame raster rounds once
 * (premultiplied source-over, antialiased edges only): at most 3 levels per channel apart (two compositing steps, each ±1, and the raster's own ±1).
 */
const ROUNDING = 3;

/** The largest per-channel (RGB) difference between two RGBA pictures of one size. */
function maxChannelDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (i % 4 === 3) continue;
    worst = Math.max(worst, Math.abs((a[i] as number) - (b[i] as number)));
  }
  return worst;
}

/** Pastes a patch into the picture at its place. */
function paste(picture: Uint8Array, width: number, patch: RgbaFrame): void {
  const left = patch.left ?? 0;
  const top = patch.top ?? 0;
  for (let y = 0; y < patch.height; y++) {
    const row = patch.data.subarray(y * patch.width * 4, (y + 1) * patch.width * 4);
    picture.set(row, ((top + y) * width + left) * 4);
  }
}

/** The old way: every frame's whole SVG rasterised. */
async function* wholeFrames(spec: ExportSpec, scale: number): AsyncGenerator<RgbaFrame> {
  for (const svg of svgFrames(spec)) yield svgToRgba(svg, { scale });
}

const SPECS: [string, ExportSpec, number][] = [
  ['direct, perspective', { input: 5, kernel: 3, padding: 1, stride: 2 }, 1],
  ['transposed, flat', { kind: 'transposed', input: 3, kernel: 3, stride: 2, layout: 'flat' }, 1],
  ['dilated', { kind: 'dilated', input: 7, kernel: 3, dilation: 2 }, 1],
  ['values, flat, dark', { input: 4, kernel: 3, padding: 1, showValues: true, theme: 'dark' }, 1],
  [
    'values, perspective, slide',
    { input: 4, kernel: 2, showValues: true, layout: 'perspective', theme: 'slide' },
    1,
  ],
  ['scale 2, no labels', { input: 4, kernel: 2, stride: 2, labels: false }, 2],
  [
    'several channels, values, caption',
    { input: 3, kernel: 2, inChannels: 2, outChannels: 3, showValues: true, caption: 'Fig 1.3' },
    1,
  ],
  ['padding mode reflect', { input: 3, kernel: 3, padding: 1, paddingMode: 'reflect' }, 1],
];

describe('GIF frames from layers equal whole-frame rasters', () => {
  it.each(SPECS)('%s: every composited frame', async (_name, spec, scale) => {
    const whole = [...svgFrames(spec)].map((svg) => svgToRgba(svg, { scale }));
    let picture: Uint8Array | null = null;
    let count = 0;
    let patched = 0;
    for await (const patch of gifFrames(spec, { scale })) {
      const expected = whole[count] as RgbaFrame;
      if (picture === null) {
        expect([patch.width, patch.height, patch.left ?? 0]).toEqual([
          expected.width,
          expected.height,
          0,
        ]);
        picture = new Uint8Array(patch.data);
      } else {
        paste(picture, expected.width, patch);
        if (patch.width * patch.height < expected.width * expected.height) patched++;
      }
      expect(maxChannelDifference(picture, expected.data)).toBeLessThanOrEqual(ROUNDING);
      count++;
    }
    expect(count).toBe(whole.length);
    // Later frames really are patches, not whole frames; the maps of several channels change all
    // over (the lit slices on every input map, the partial sums), so they are whole frames, as
    // the scatter and matrix views are.
    expect(patched).toBe(spec.outChannels ? 0 : count - 1);
  });

  it.each(SPECS)(
    '%s: the decoded GIF is as close as the whole-frame GIF',
    async (_n, spec, scale) => {
      const raw = [...svgFrames(spec)].map((svg) => svgToRgba(svg, { scale }).data);
      const layered = decodeGif(await renderGif(spec, { scale }));
      const old = decodeGif(await encodeGif(wholeFrames(spec, scale)));
      expect(layered.frames.length).toBe(raw.length);
      expect([layered.width, layered.height]).toEqual([old.width, old.height]);
      raw.forEach((expected, i) => {
        // The palette's quantisation error, plus the compositing's rounding.
        const baseline = maxChannelDifference(old.frames[i] as Uint8ClampedArray, expected);
        const got = maxChannelDifference(layered.frames[i] as Uint8ClampedArray, expected);
        expect(got).toBeLessThanOrEqual(baseline + ROUNDING);
      });
    },
  );
});
