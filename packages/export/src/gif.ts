import { encodeGif, type RgbaFrame } from '@conv-arithmetic/react/export';
import { nativeReleaser } from './nativeMemory';
import { type RasterOptions, svgToRgba } from './raster';
import { svgFrames } from './render';
import { type ExportSpec, themeOf } from './spec';

export interface GifExportOptions extends RasterOptions {
  /** Milliseconds per frame (default 1000: the paper's 1.0 s). */
  frameDuration?: number | undefined;
  /** Loop forever (default true) or play once. */
  loop?: boolean | undefined;
}

/** Each frame drawn, then rasterised, only when the encoder asks for it. */
async function* rgbaFrames(spec: ExportSpec, options: RasterOptions): AsyncGenerator<RgbaFrame> {
  // Each frame leaves about two frames' worth of native memory (resvg's pixmap and its copy).
  const release = nativeReleaser(16 * 2 ** 20);
  for (const svg of svgFrames(spec)) {
    const frame = svgToRgba(svg, options);
    yield frame;
    await release(2 * frame.data.byteLength);
  }
}

/**
 * An animated GIF of every frame: each frame drawn by the react package, rasterised by resvg,
 * encoded with gifenc, one frame at a time (memory stays flat in the frame count).
 *
 * @example
 * writeFileSync('padding_strides.gif', await renderGif({ input: 5, kernel: 3, padding: 1, stride: 2 }))
 */
export async function renderGif(
  spec: ExportSpec,
  options: GifExportOptions = {},
): Promise<Uint8Array> {
  return encodeGif(rgbaFrames(spec, options), {
    frameDuration: options.frameDuration,
    loop: options.loop,
    theme: themeOf(spec),
  });
}
