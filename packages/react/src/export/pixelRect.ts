/** A rectangle of the raster, in whole pixels. */
export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The smallest rectangle holding both: what a GIF patch must cover when the overlay moves from
 * one box to the next.
 *
 * @example
 * unionRect({ left: 0, top: 0, width: 2, height: 2 }, { left: 3, top: 1, width: 1, height: 1 })
 * // { left: 0, top: 0, width: 4, height: 2 }
 */
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
