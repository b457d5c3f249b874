import type { PixelRect, RgbaFrame } from '@conv-arithmetic/react/export';

/** x / 255, rounded to nearest, for 0 ≤ x ≤ 255². */
const div255 = (x: number) => (x + 128 + ((x + 128) >> 8)) >> 8;

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
      const alpha = source[s + 3] as number;
      if (alpha === 0) continue;
      const keep = 255 - alpha;
      target[t] = (source[s] as number) + div255((target[t] as number) * keep);
      target[t + 1] = (source[s + 1] as number) + div255((target[t + 1] as number) * keep);
      target[t + 2] = (source[s + 2] as number) + div255((target[t + 2] as number) * keep);
    }
  }
}

/**
 * One rectangle of an animation frame: the opaque picture under the overlay (`below`, whole),
 * then the frame's overlay (premultiplied, cropped, at `overlayAt`), then the picture over it
 * (`above`, premultiplied, whole), composited source-over as one whole-frame raster would.
 *
 * @example
 * compositeRect(below, overlay, crop, above, { left: 0, top: 0, width: 40, height: 30 })
 */
export function compositeRect(
  below: RgbaFrame,
  overlay: RgbaFrame,
  overlayAt: { left: number; top: number },
  above: RgbaFrame,
  rect: PixelRect,
): RgbaFrame & PixelRect {
  const data = new Uint8Array(rect.width * rect.height * 4);
  const rowBytes = rect.width * 4;
  for (let y = 0; y < rect.height; y++) {
    const from = ((rect.top + y) * below.width + rect.left) * 4;
    data.set(below.data.subarray(from, from + rowBytes), y * rowBytes);
  }
  drawOver(data, rect, overlay, overlayAt);
  drawOver(data, rect, above, { left: 0, top: 0 });
  return { ...rect, data };
}

/** The smallest rectangle holding both. */
export function unionRect(a: PixelRect, b: PixelRect): PixelRect {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return {
    left,
    top,
    width: Math.max(a.left + a.width, b.left + b.width) - left,
    height: Math.max(a.top + a.height, b.top + b.height) - top,
  };
}
