import type { PixelRect, RgbaFrame } from '@conv-arithmetic/react/export';
import { copyRect, type RunLengthPicture } from './runLength';

/** x / 255, rounded to nearest, for 0 ≤ x ≤ 255². */
const div255 = (x: number) => (x + 128 + ((x + 128) >> 8)) >> 8;

/** One premultiplied source pixel source-over onto an opaque target pixel. */
function blend(target: Uint8Array, t: number, source: ArrayLike<number>, s: number): void {
  const keep = 255 - (source[s + 3] as number);
  target[t] = (source[s] as number) + div255((target[t] as number) * keep);
  target[t + 1] = (source[s + 1] as number) + div255((target[t + 1] as number) * keep);
  target[t + 2] = (source[s + 2] as number) + div255((target[t + 2] as number) * keep);
}

/**
 * A mostly transparent layer kept as runs of drawn pixels per row (the labels, numbers and
 * legend over the diagram): a fraction of a whole RGBA picture's memory.
 */
export interface SparseLayer {
  width: number;
  height: number;
  /** Runs of row y are runs[rowStart[y] … rowStart[y + 1]), each 3 numbers: x, length, offset. */
  rowStart: Uint32Array;
  runs: Uint32Array;
  /** The runs' premultiplied RGBA pixels, one after another. */
  data: Uint8Array;
}

/**
 * Keeps a premultiplied layer's drawn (non-transparent) pixels only.
 *
 * @example
 * const labels = sparseLayer(svgToLayer(aboveSvg)) // labels.data.length ≪ 4 × width × height
 */
export function sparseLayer(layer: RgbaFrame): SparseLayer {
  const { width, height, data } = layer;
  const rowStart = new Uint32Array(height + 1);
  const runs: number[] = [];
  let drawn = 0;
  for (let pass = 0; pass < 2; pass++) {
    // First pass counts the drawn pixels; the second copies them.
    const pixels = pass === 1 ? new Uint8Array(drawn * 4) : null;
    let offset = 0;
    for (let y = 0; y < height; y++) {
      if (pass === 1) rowStart[y] = runs.length;
      let x = 0;
      while (x < width) {
        while (x < width && data[(y * width + x) * 4 + 3] === 0) x++;
        const start = x;
        while (x < width && data[(y * width + x) * 4 + 3] !== 0) x++;
        if (x === start) continue;
        if (pixels) {
          runs.push(start, x - start, offset);
          pixels.set(data.subarray((y * width + start) * 4, (y * width + x) * 4), offset * 4);
        }
        offset += x - start;
      }
    }
    if (pixels) {
      rowStart[height] = runs.length;
      return { width, height, rowStart, runs: Uint32Array.from(runs), data: pixels };
    }
    drawn = offset;
  }
  throw new Error('unreachable');
}

/** Draws a sparse layer over the picture source-over onto `target` (the picture at `rect`). */
function drawSparseOver(target: Uint8Array, rect: PixelRect, layer: SparseLayer): void {
  const right = rect.left + rect.width;
  const bottom = Math.min(rect.top + rect.height, layer.height);
  for (let y = rect.top; y < bottom; y++) {
    for (let r = layer.rowStart[y] as number; r < (layer.rowStart[y + 1] as number); r += 3) {
      const x0 = layer.runs[r] as number;
      const x1 = x0 + (layer.runs[r + 1] as number);
      const from = Math.max(x0, rect.left);
      const to = Math.min(x1, right);
      const offset = (layer.runs[r + 2] as number) - x0;
      for (let x = from; x < to; x++) {
        blend(
          target,
          ((y - rect.top) * rect.width + (x - rect.left)) * 4,
          layer.data,
          (offset + x) * 4,
        );
      }
    }
  }
}

/**
 * Draws premultiplied `layer` (placed at `at` in the picture) source-over onto `target`, an
 * opaque RGBA rectangle of the picture at `rect`: only where the two overlap.
 */
function drawOver(
  target: Uint8Array,
  rect: PixelRect,
  layer: RgbaFrame,
  at: { left: number; top: number },
): void {
  const left = Math.max(rect.left, at.left);
  const top = Math.max(rect.top, at.top);
  const right = Math.min(rect.left + rect.width, at.left + layer.width);
  const bottom = Math.min(rect.top + rect.height, at.top + layer.height);
  const source = layer.data;
  for (let y = top; y < bottom; y++) {
    let s = ((y - at.top) * layer.width + (left - at.left)) * 4;
    let t = ((y - rect.top) * rect.width + (left - rect.left)) * 4;
    for (let x = left; x < right; x++, s += 4, t += 4) {
      if (source[s + 3] !== 0) blend(target, t, source, s);
    }
  }
}

/**
 * Draws a frame's overlay (premultiplied, at `overlayAt`) and then `above` onto the whole opaque
 * `picture`, in place: the first frame of an animation without a second picture-sized buffer.
 *
 * @example
 * paintOver(belowPicture, overlay, crop, above) // belowPicture now holds frame 0
 */
export function paintOver(
  picture: RgbaFrame,
  overlay: RgbaFrame,
  overlayAt: { left: number; top: number },
  above: SparseLayer,
): RgbaFrame {
  const rect = { left: 0, top: 0, width: picture.width, height: picture.height };
  const data = picture.data as Uint8Array;
  drawOver(data, rect, overlay, overlayAt);
  drawSparseOver(data, rect, above);
  return picture;
}

/**
 * One rectangle of an animation frame: the opaque picture under the overlay (`below`, as runs),
 * then the frame's overlay (premultiplied, cropped, at `overlayAt`), then the picture over it
 * (`above`, sparse), composited source-over as one whole-frame raster would.
 *
 * @example
 * compositeRect(below, overlay, crop, above, { left: 0, top: 0, width: 40, height: 30 })
 */
export function compositeRect(
  below: RunLengthPicture,
  overlay: RgbaFrame,
  overlayAt: { left: number; top: number },
  above: SparseLayer,
  rect: PixelRect,
): RgbaFrame & PixelRect {
  const data = new Uint8Array(rect.width * rect.height * 4);
  copyRect(below, rect, data);
  drawOver(data, rect, overlay, overlayAt);
  drawSparseOver(data, rect, above);
  return { ...rect, data };
}
