import { encodeGif } from '@conv-arithmetic/react/export';
import { type RasterOptions, svgToRgba } from './raster';
import { renderSvgFrames } from './render';
import type { ExportSpec } from './spec';

export interface GifExportOptions extends RasterOptions {
  /** Milliseconds per frame (default 1000: the paper's 1.0 s). */
  frameDuration?: number | undefined;
  /** Loop forever (default true) or play once. */
  loop?: boolean | undefined;
}

/**
 * An animated GIF of every frame: each frame drawn by the react package, rasterised by resvg,
 * encoded with gifenc.
 *
 * @example
 * writeFileSync('padding_strides.gif', await renderGif({ input: 5, kernel: 3, padding: 1, stride: 2 }))
 */
export async function renderGif(
  spec: ExportSpec,
  options: GifExportOptions = {},
): Promise<Uint8Array> {
  const frames = renderSvgFrames(spec).map((svg) => svgToRgba(svg, options));
  return encodeGif(frames, { frameDuration: options.frameDuration, loop: options.loop });
}
