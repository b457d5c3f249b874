import { encodeGif, type RgbaFrame } from '@conv-arithmetic/react/export';
import { writeFileAtomicStreaming } from './files';
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
  return encodeGif(rgbaFrames(spec, options), gifOptions(spec, options));
}

const gifOptions = (spec: ExportSpec, options: GifExportOptions) => ({
  frameDuration: options.frameDuration,
  loop: options.loop,
  theme: themeOf(spec),
});

/**
 * Writes the animated GIF of renderGif to `path` as it is encoded (complete or absent, as
 * writeFileAtomic): neither the frames nor the file are ever whole in memory.
 *
 * @example
 * await writeGif({ input: 64, kernel: 3 }, 'big.gif')
 */
export async function writeGif(
  spec: ExportSpec,
  path: string,
  options: GifExportOptions = {},
): Promise<void> {
  await writeFileAtomicStreaming(path, (write) =>
    encodeGif(rgbaFrames(spec, options), { ...gifOptions(spec, options), sink: write }),
  );
}
