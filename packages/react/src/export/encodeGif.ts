/// <reference path="./gifenc.d.ts" />
/** One rendered frame: RGBA bytes, row by row. */
export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface GifOptions {
  /** Milliseconds per frame (GIF stores centiseconds; default 1000, the paper's 1.0 s). */
  frameDuration?: number | undefined;
  /** Loop forever (default), or play once. */
  loop?: boolean | undefined;
}

type GifEnc = typeof import('gifenc');

// gifenc ships CommonJS only; bundlers and Node hand it over as the default export or as the
// namespace itself. Loaded on first use, so pages that never export never download it.
async function loadGifenc(): Promise<GifEnc> {
  const mod = (await import('gifenc')) as unknown as Record<string, unknown>;
  // Depending on the loader, the API sits on the namespace, on `default`, or one level deeper.
  const nested = mod.default as Record<string, unknown> | undefined;
  for (const candidate of [mod, nested, nested?.default as Record<string, unknown> | undefined]) {
    if (typeof candidate?.quantize === 'function') return candidate as unknown as GifEnc;
  }
  throw new Error('gifenc did not load: no quantize() found');
}

/**
 * A shared palette: the most frequent exact colours first (the flat fills of cells, so a theme's
 * colours survive unchanged), then gifenc's quantisation of everything for the rest.
 */
function buildPalette(frames: RgbaFrame[], quantize: GifEnc['quantize']): number[][] {
  const counts = new Map<number, number>();
  for (const frame of frames) {
    const { data } = frame;
    for (let i = 0; i < data.length; i += 4) {
      const key =
        ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const exact = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 128)
    .map(([key]) => [(key >> 16) & 255, (key >> 8) & 255, key & 255]);
  const sample = frames[0]?.data ?? new Uint8Array(4);
  // 255 colours: the last index is kept for transparency (unchanged pixels after frame 0).
  const rest = quantize(new Uint8Array(sample), 255 - exact.length, { format: 'rgb565' });
  return [...exact, ...rest.map((c) => [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0])];
}

/** Palette indices for a frame: exact matches by lookup, others by nearest colour (memoised). */
function indexFrame(frame: RgbaFrame, palette: number[][], exact: Map<number, number>): Uint8Array {
  const { data } = frame;
  const out = new Uint8Array(data.length / 4);
  for (let p = 0, i = 0; i < data.length; i += 4, p++) {
    const r = data[i] as number;
    const g = data[i + 1] as number;
    const b = data[i + 2] as number;
    const key = (r << 16) | (g << 8) | b;
    let index = exact.get(key);
    if (index === undefined) {
      let best = Number.POSITIVE_INFINITY;
      index = 0;
      for (let k = 0; k < palette.length; k++) {
        const c = palette[k] as number[];
        const d =
          ((c[0] as number) - r) ** 2 + ((c[1] as number) - g) ** 2 + ((c[2] as number) - b) ** 2;
        if (d < best) {
          best = d;
          index = k;
        }
      }
      exact.set(key, index);
    }
    out[p] = index;
  }
  return out;
}

/**
 * Encodes frames as one animated GIF89a with a global palette, using gifenc for the LZW
 * encoding. Every frame must share the first frame's size.
 *
 * @example
 * const bytes = await encodeGif(frames, { frameDuration: 1000, loop: true })
 */
export async function encodeGif(
  frames: RgbaFrame[],
  options: GifOptions = {},
): Promise<Uint8Array> {
  const first = frames[0];
  if (!first) throw new Error('encodeGif needs at least one frame');
  const { GIFEncoder, quantize } = await loadGifenc();
  const palette = buildPalette(frames, quantize);
  const exact = new Map<number, number>();
  palette.forEach((c, i) => {
    const key = ((c[0] as number) << 16) | ((c[1] as number) << 8) | (c[2] as number);
    if (!exact.has(key)) exact.set(key, i);
  });
  const gif = GIFEncoder();
  const delay = options.frameDuration ?? 1000;
  const transparentIndex = palette.length;
  const fullPalette = [...palette, [255, 0, 255]];
  let previous: RgbaFrame | null = null;
  frames.forEach((frame, i) => {
    if (frame.width !== first.width || frame.height !== first.height) {
      throw new Error(
        `frame ${i} is ${frame.width}×${frame.height}, not ${first.width}×${first.height}`,
      );
    }
    const index = indexFrame(frame, palette, exact);
    // After the first frame, pixels that did not change are transparent over the kept previous
    // frame (disposal 1), so each frame stores only what moved, as the seed's GIFs do.
    if (previous) {
      const before = previous.data;
      const now = frame.data;
      for (let p = 0, k = 0; k < now.length; k += 4, p++) {
        if (now[k] === before[k] && now[k + 1] === before[k + 1] && now[k + 2] === before[k + 2]) {
          index[p] = transparentIndex;
        }
      }
    }
    gif.writeFrame(index, frame.width, frame.height, {
      palette: i === 0 ? fullPalette : undefined,
      delay,
      // gifenc: 0 loops forever, -1 plays once.
      repeat: options.loop === false ? -1 : 0,
      transparent: previous !== null,
      transparentIndex,
      dispose: 1,
    });
    previous = frame;
  });
  gif.finish();
  return gif.bytes();
}
