import {
  encodeGif,
  figureLayers,
  type RgbaFrame,
  svgDocument,
  unionRect,
} from '@conv-arithmetic/react/export';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { compositeRect, paintOver, sparseLayer } from './composite';
import { writeFileAtomicStreaming } from './files';
import { nativeReleaser } from './nativeMemory';
import { type RasterOptions, svgToLayer, svgToRgba } from './raster';
import { runLengthPicture } from './runLength';
import { captionOf, type ExportSpec, modelOf, themeOf } from './spec';

export interface GifExportOptions extends RasterOptions {
  /** Milliseconds per frame (default 1000: the paper's 1.0 s). */
  frameDuration?: number | undefined;
  /** Loop forever (default true) or play once. */
  loop?: boolean | undefined;
}

const markup = (element: ReactElement) => svgDocument(renderToStaticMarkup(element));

/**
 * The frames renderGif encodes, each rasterised only when asked for: the first whole, then
 * patches (RgbaFrame's left/top) of the picture that change nothing outside themselves. What
 * does not move is rasterised once (the picture under the frame overlay, kept as runs of one
 * colour, and the one over it, kept sparse); per frame only the overlay, cropped to the pixels it
 * can touch, is rasterised and composited between them. Each frame after the first is the patch
 * covering the previous and the current overlay: time per frame follows the overlay's size, and
 * memory holds the two compact static layers and one patch.
 *
 * @example
 * for await (const patch of gifFrames({ input: 64, kernel: 3 })) draw(patch, patch.left, patch.top)
 */
export async function* gifFrames(
  spec: ExportSpec,
  options: RasterOptions = {},
): AsyncGenerator<RgbaFrame> {
  const model = modelOf(spec);
  const layers = figureLayers(model, themeOf(spec), {
    cellSize: spec.cellSize,
    labels: spec.labels,
    caption: captionOf(spec),
  });
  const scale = options.scale ?? 1;
  // resvg's pixmaps live outside the JS heap, where V8 does not count them: without a nudge it
  // seldom collects and each frame's overlay pixels pile up (2 GB for a 32×32 input).
  const release = nativeReleaser(16 * 2 ** 20);
  // The sparse layer first: its whole-picture raster is let go before the other is made.
  const above = sparseLayer(svgToLayer(markup(layers.above), { scale }));
  await release(Number.POSITIVE_INFINITY); // the native pixmap and the copy behind it
  const overlayOf = (frame: number, width: number, height: number) => {
    const crop = layers.crop(frame, width, height);
    const svg = markup(layers.overlay(frame, crop, width, height));
    return { crop, pixels: svgToLayer(svg, { scale: 1 }) };
  };
  // The picture under the overlay is kept as runs (a seventh of its RGBA bytes); its raster
  // becomes frame 0 in place and is let go once encoded, so no second picture-sized buffer.
  let first: RgbaFrame | null = svgToRgba(markup(layers.below), { scale });
  await release(Number.POSITIVE_INFINITY); // resvg's own pixmap, of which `first` is a copy
  const { width, height } = first;
  if (above.width !== width || above.height !== height) {
    throw new Error(
      `the layers differ in size: ${width}×${height}, ${above.width}×${above.height}`,
    );
  }
  const below = runLengthPicture(first);
  const start = overlayOf(0, width, height);
  yield paintOver(first, start.pixels, start.crop, above);
  first = null;
  await release(Number.POSITIVE_INFINITY);
  let previous = start.crop;
  for (let frame = 1; frame < model.frameCount; frame++) {
    const { crop, pixels } = overlayOf(frame, width, height);
    yield compositeRect(below, pixels, crop, above, unionRect(previous, crop));
    previous = crop;
    await release(2 * pixels.data.byteLength);
  }
}

/**
 * An animated GIF of every frame: each frame drawn by the react package, rasterised by resvg
 * (the static picture once, then each frame's overlay alone), encoded with gifenc, one frame at a time (memory stays flat in the frame count).
 *
 * @example
 * writeFileSync('padding_strides.gif', await renderGif({ input: 5, kernel: 3, padding: 1, stride: 2 }))
 */
export async function renderGif(
  spec: ExportSpec,
  options: GifExportOptions = {},
): Promise<Uint8Array> {
  return encodeGif(gifFrames(spec, options), gifOptions(spec, options));
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
    encodeGif(gifFrames(spec, options), { ...gifOptions(spec, options), sink: write }),
  );
}
