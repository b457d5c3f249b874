/// <reference path="./gifenc.d.ts" />
import type { ConvTheme } from '../theme/tokens';
import { diagramColors } from './themeColors';

/**
 * One rendered frame: RGBA bytes, row by row. After the first (always whole), a frame may be a
 * patch: the rectangle at (left, top) of the picture, everything outside it unchanged.
 */
export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  /** Where a patch sits in the picture (default 0). */
  left?: number | undefined;
  top?: number | undefined;
}

/** Frames in order, produced lazily: each is encoded and let go before the next is asked for. */
export type FrameSource = Iterable<RgbaFrame> | AsyncIterable<RgbaFrame>;

export interface GifOptions {
  /** Milliseconds per frame (GIF stores centiseconds; default 1000, the paper's 1.0 s). */
  frameDuration?: number | undefined;
  /** Loop forever (default), or play once. */
  loop?: boolean | undefined;
  /**
   * The theme the frames are drawn in: its colours (and each fill under the shade) are kept
   * exact in the palette, though frames after the first may show colours the first does not.
   */
  theme?: ConvTheme | undefined;
  /**
   * Where the bytes go as each frame is encoded (a file, say): then the GIF is never whole in
   * memory and encodeGif resolves to an empty array.
   */
  sink?: ((chunk: Uint8Array) => void) | undefined;
}

/** GIF stores a frame's delay in 16 bits of centiseconds. */
export const MAX_GIF_FRAME_DURATION = 655_350;

/** The part of gifenc the encoder calls. */
export type GifEnc = Pick<typeof import('gifenc'), 'GIFEncoder' | 'quantize'>;

/**
 * gifenc ships CommonJS only; bundlers and Node hand it over as the default export or as the
 * namespace itself, sometimes one level deeper: the API wherever it sits.
 *
 * @example
 * const gifenc = gifencApi(await import('gifenc'))
 */
export function gifencApi(mod: unknown): GifEnc {
  const outer = mod as Record<string, unknown>;
  const nested = outer.default as Record<string, unknown> | undefined;
  for (const candidate of [outer, nested, nested?.default as Record<string, unknown> | undefined]) {
    if (typeof candidate?.quantize === 'function') return candidate as unknown as GifEnc;
  }
  throw new Error('gifenc did not load: no quantize() found');
}

// Pixels are read as little-endian 32-bit words: 0xAABBGGRR. Frames are opaque.
const rgbOfWord = (word: number): number[] => [word & 255, (word >>> 8) & 255, (word >>> 16) & 255];
const wordOfRgb = (r: number, g: number, b: number): number =>
  (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;

function wordsOf(frame: RgbaFrame): Uint32Array {
  const { data } = frame;
  // A view needs 4-byte alignment; a copy otherwise (rare: pooled buffers).
  const bytes = data.byteOffset % 4 === 0 ? data : new Uint8Array(data);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2);
}

function parseHex(color: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const value = Number.parseInt(match[1] as string, 16);
  return wordOfRgb((value >> 16) & 255, (value >> 8) & 255, value & 255);
}

/**
 * The one global palette, built when the first frame arrives so no frame has to be kept: the
 * colours the caller needs exact (a theme's), then the first frame's most frequent exact colours
 * (the flat fills of cells), then gifenc's quantisation of the first frame for antialiasing.
 */
function buildPalette(
  first: Uint32Array,
  exactColors: readonly string[],
  quantize: GifEnc['quantize'],
): number[][] {
  const words: number[] = [];
  const seen = new Set<number>();
  const add = (word: number) => {
    if (words.length < 128 && !seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  };
  for (const color of exactColors) {
    const word = parseHex(color);
    if (word !== null) add(word);
  }
  const counts = new Map<number, number>();
  let last = -1;
  let run = 0;
  for (let p = 0; p <= first.length; p++) {
    const word = p < first.length ? (first[p] as number) : -2;
    if (word === last) {
      run++;
      continue;
    }
    if (run > 0) counts.set(last, (counts.get(last) ?? 0) + run);
    last = word;
    run = 1;
  }
  for (const [word] of [...counts.entries()].sort((a, b) => b[1] - a[1])) add(word);
  // 255 colours: the last index is kept for transparency (unchanged pixels after frame 0).
  const rest = quantize(
    new Uint8Array(first.buffer, first.byteOffset, first.byteLength),
    255 - words.length,
    {
      format: 'rgb565',
    },
  );
  return [...words.map(rgbOfWord), ...rest.map((c) => [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0])];
}

/** An iterator over sync or async frames, for a loop that controls what it holds. */
function iteratorOf(frames: FrameSource): AsyncIterator<RgbaFrame> | Iterator<RgbaFrame> {
  return Symbol.asyncIterator in frames
    ? frames[Symbol.asyncIterator]()
    : (frames as Iterable<RgbaFrame>)[Symbol.iterator]();
}

/** Slots of the indexer's direct-mapped cache in front of its map (a power of two). */
const CACHE_SLOTS = 1 << 16;

/** Maps colours to palette indices: exact matches by lookup, others by nearest (memoised). */
function paletteIndexer(palette: number[][]): (word: number) => number {
  const known = new Map<number, number>();
  palette.forEach((c, i) => {
    const word = wordOfRgb(c[0] as number, c[1] as number, c[2] as number);
    if (!known.has(word)) known.set(word, i);
  });
  // Antialiased edges change colour every few pixels: a hashed typed-array cache answers most
  // lookups without the Map. 0 marks an empty slot (frames are opaque: no pixel is word 0).
  const cachedWords = new Uint32Array(CACHE_SLOTS);
  const cachedIndices = new Uint8Array(CACHE_SLOTS);
  return (word) => {
    const slot = Math.imul(word, 0x9e3779b1) >>> 16;
    if (cachedWords[slot] === word && word !== 0) return cachedIndices[slot] as number;
    const index = lookup(word);
    cachedWords[slot] = word;
    cachedIndices[slot] = index;
    return index;
  };
  function lookup(word: number): number {
    let index = known.get(word);
    if (index !== undefined) return index;
    const [r, g, b] = rgbOfWord(word) as [number, number, number];
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
    known.set(word, index);
    return index;
  }
}

/** Milliseconds to GIF centiseconds: at least 1 (the shortest a GIF says), never wrapped. */
function delayOf(frameDuration: number): number {
  if (
    !Number.isFinite(frameDuration) ||
    frameDuration <= 0 ||
    frameDuration > MAX_GIF_FRAME_DURATION
  ) {
    throw new RangeError(
      `frameDuration must be more than 0 and at most ${MAX_GIF_FRAME_DURATION} ms (a GIF delay is 1 to 65,535 cs), got ${frameDuration}`,
    );
  }
  // gifenc divides by 10 and rounds.
  return Math.max(10, frameDuration);
}

/**
 * Encodes frames as one animated GIF89a with a global palette, using the given gifenc for the
 * LZW encoding. Frames are taken from `frames` one at a time and encoded at once: only the frame
 * being encoded and the previous one's pixels are held, so memory stays flat in the frame count
 * (pass a generator to render lazily). The first frame is whole; later ones are the whole
 * picture or a patch of it (left, top), and each is stored as the box of pixels that changed.
 *
 * @example
 * const bytes = await encodeGifWith(gifencApi(gifencModule), frames, { frameDuration: 1000 })
 */
export async function encodeGifWith(
  gifenc: GifEnc,
  frames: FrameSource,
  options: GifOptions = {},
): Promise<Uint8Array> {
  const delay = delayOf(options.frameDuration ?? 1000);
  const { GIFEncoder, quantize } = gifenc;
  const gif = GIFEncoder();
  const { sink } = options;
  const flush = () => {
    if (!sink) return;
    sink(gif.stream.bytes());
    gif.stream.reset();
  };
  let width = 0;
  let height = 0;
  let count = 0;
  let previous: Uint8Array | null = null;
  let indexOf: (word: number) => number = () => 0;
  let transparentIndex = 255;
  const encodeFrame = (frame: RgbaFrame) => {
    const words = wordsOf(frame);
    if (previous === null) {
      ({ width, height } = frame);
      const palette = buildPalette(
        words,
        options.theme ? diagramColors(options.theme) : [],
        quantize,
      );
      indexOf = paletteIndexer(palette);
      transparentIndex = palette.length;
      if (frame.left || frame.top) throw new Error('the first frame must be whole, at 0,0');
      previous = new Uint8Array(width * height);
      gif.writeFrame(
        fill(new Uint8Array(width * height), words, previous, indexOf),
        width,
        height,
        {
          palette: [...palette, [255, 0, 255]],
          delay,
          // gifenc: 0 loops forever, -1 plays once.
          repeat: options.loop === false ? -1 : 0,
          dispose: 1,
        },
      );
    } else {
      const rect = patchRect(frame, width, height, count);
      const at = gif.bytesView().length;
      const sub = changedPatch(rect, words, previous, width, indexOf, transparentIndex);
      // Pixels that did not change are transparent over the kept previous frame (disposal 1),
      // and only the rectangle holding changes is stored.
      gif.writeFrame(sub.index, sub.width, sub.height, {
        delay,
        transparent: true,
        transparentIndex,
        dispose: 1,
      });
      placeImage(gif.bytesView(), at, sub.left, sub.top);
    }
    count++;
    flush();
  };
  const iterator = iteratorOf(frames);
  try {
    for (;;) {
      // Held in a variable of its own and dropped before the next frame is asked for: a frame
      // still referenced here could not be collected while its producer makes the next one.
      let step: IteratorResult<RgbaFrame> | null = await iterator.next();
      if (step.done) break;
      encodeFrame(step.value);
      step = null;
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  if (count === 0) throw new Error('encodeGif needs at least one frame');
  gif.finish();
  flush();
  return sink ? new Uint8Array(0) : gif.bytes();
}

/** The rectangle a later frame covers, checked against the picture. */
function patchRect(frame: RgbaFrame, width: number, height: number, count: number): PixelBox {
  const left = frame.left ?? 0;
  const top = frame.top ?? 0;
  const inside =
    Number.isInteger(left) &&
    Number.isInteger(top) &&
    left >= 0 &&
    top >= 0 &&
    left + frame.width <= width &&
    top + frame.height <= height &&
    frame.data.byteLength === frame.width * frame.height * 4;
  if (!inside) {
    throw new Error(
      `frame ${count} (${frame.width}×${frame.height} at ${left},${top}) is not within the first frame's ${width}×${height}`,
    );
  }
  return { left, top, width: frame.width, height: frame.height };
}

interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A patch's palette indices, cut to the box of pixels whose index changed (a 1×1 transparent
 * image when none did, which still keeps the frame's delay); `shown` is updated to match.
 */
function changedPatch(
  rect: PixelBox,
  words: Uint32Array,
  shown: Uint8Array,
  shownWidth: number,
  indexOf: (word: number) => number,
  transparentIndex: number,
): PixelBox & { index: Uint8Array } {
  const fresh = new Uint8Array(rect.width * rect.height);
  let minX = rect.width;
  let minY = rect.height;
  let maxX = -1;
  let maxY = -1;
  let lastWord = -1;
  let lastIndex = 0;
  for (let y = 0; y < rect.height; y++) {
    const row = (rect.top + y) * shownWidth + rect.left;
    for (let x = 0; x < rect.width; x++) {
      const word = words[y * rect.width + x] as number;
      if (word !== lastWord) {
        lastWord = word;
        lastIndex = indexOf(word);
      }
      fresh[y * rect.width + x] = lastIndex;
      if (shown[row + x] !== lastIndex) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0)
    return { left: 0, top: 0, width: 1, height: 1, index: Uint8Array.of(transparentIndex) };
  const width = maxX - minX + 1;
  const height = maxY - minY + 1;
  const index = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = (rect.top + minY + y) * shownWidth + rect.left + minX;
    for (let x = 0; x < width; x++) {
      const value = fresh[(minY + y) * rect.width + minX + x] as number;
      if (shown[row + x] === value) {
        index[y * width + x] = transparentIndex;
      } else {
        index[y * width + x] = value;
        shown[row + x] = value;
      }
    }
  }
  return { left: rect.left + minX, top: rect.top + minY, width, height, index };
}

/**
 * gifenc always places an image at (0, 0): write the patch's position into the image
 * descriptor it just wrote at `at` (an 8-byte graphic control extension, then 0x2C, x, y).
 */
function placeImage(bytes: Uint8Array, at: number, left: number, top: number): void {
  if (bytes[at] !== 0x21 || bytes[at + 8] !== 0x2c) {
    throw new Error('gifenc wrote an unexpected frame layout');
  }
  bytes[at + 9] = left & 255;
  bytes[at + 10] = left >>> 8;
  bytes[at + 11] = top & 255;
  bytes[at + 12] = top >>> 8;
}

/** Palette indices of the whole first frame into `index`, and into `shown` (what shows). */
function fill(
  index: Uint8Array,
  words: Uint32Array,
  shown: Uint8Array,
  indexOf: (word: number) => number,
): Uint8Array {
  // Runs of one colour are the rule (flat cells): look a colour up once per run.
  let lastWord = -1;
  let lastIndex = 0;
  for (let p = 0; p < words.length; p++) {
    const word = words[p] as number;
    if (word !== lastWord) {
      lastWord = word;
      lastIndex = indexOf(word);
    }
    index[p] = lastIndex;
    shown[p] = lastIndex;
  }
  return index;
}
