import { ConvArithmeticError } from '@conv-arithmetic/core';

/**
 * The largest image the exporter rasterises: 16,384 px on a side and 8,192 × 8,192 =
 * 67,108,864 px in all (256 MB of RGBA). resvg allocates the whole pixmap at once and aborts the
 * process when it cannot, so sizes are checked from the numbers before anything is drawn.
 */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 8_192 * 8_192;

export interface ImageSize {
  width: number;
  height: number;
}

/** The size an SVG document declares on its root element, in SVG pixels. */
export function svgSize(svg: string): ImageSize | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = Number(root && / width="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(root && / height="([\d.]+)"/.exec(root)?.[1]);
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0
    ? { width, height }
    : null;
}

/** The pixel size at `scale` (rounded up: resvg never makes it smaller than this). */
export const scaledSize = ({ width, height }: ImageSize, scale: number): ImageSize => ({
  width: Math.ceil(width * scale),
  height: Math.ceil(height * scale),
});

/** Whether an image of this size can be rasterised. */
export const fitsRaster = ({ width, height }: ImageSize): boolean =>
  width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS;

/** A sentence saying how big the image would be and what the limit is. */
export const sizeProblem = ({ width, height }: ImageSize): string =>
  `the image would be ${width.toLocaleString('en')} × ${height.toLocaleString('en')} px; ` +
  `the limit is ${MAX_IMAGE_SIDE.toLocaleString('en')} px on a side and ` +
  `${MAX_IMAGE_PIXELS.toLocaleString('en')} px in all`;

/**
 * Throws ConvArithmeticError (param `scale`) when `svg` at `scale` is larger than the exporter
 * rasterises.
 *
 * @example
 * requireRasterSize('<svg width="100" height="80" …>', 2) // fine: 200 × 160
 */
export function requireRasterSize(svg: string, scale: number): void {
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new ConvArithmeticError('scale', scale, `scale must be a positive number, got ${scale}`);
  }
  const size = svgSize(svg);
  if (size === null) return; // resvg measures it; our own documents always declare a size
  const pixels = scaledSize(size, scale);
  if (!fitsRaster(pixels)) {
    throw new ConvArithmeticError('scale', scale, `scale ${scale}: ${sizeProblem(pixels)}`);
  }
}
