import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { FigureModel } from '../figure/model';
import type { DownloadFormat } from '../figure/props';
import { captionError } from '../svg/captionLayout';
import { schemeTheme } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import type { RgbaFrame } from './encodeGif';
import { encodeGifOffThread } from './encodeOffThread';
import { type FigureLayers, figureLayers } from './figureLayers';
import { type FigureSvgOptions, figureSvgElement, svgDocument } from './figureSvg';
import { type PixelRect, unionRect } from './pixelRect';

/** Serialises SVG elements through one detached React root, reused from element to element. */
function elementRenderer() {
  const host = document.createElement('div');
  const root = createRoot(host);
  return {
    markup(element: ReactElement): string {
      flushSync(() => root.render(element));
      return host.innerHTML;
    },
    close: () => root.unmount(),
  };
}

/** Draws frames' SVG markup through one detached React root, reused from frame to frame. */
function markupRenderer(model: FigureModel, theme: ConvTheme, options: FigureSvgOptions) {
  const renderer = elementRenderer();
  return {
    markup: (frame: number) => renderer.markup(figureSvgElement(model, frame, theme, options)),
    close: renderer.close,
  };
}

function frameMarkup(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: FigureSvgOptions,
): string {
  const renderer = markupRenderer(model, theme, options);
  try {
    return renderer.markup(frame);
  } finally {
    renderer.close();
  }
}

/** SVG markup decoded as an image, ready to draw. */
async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error('the diagram could not be rasterised');
    });
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2-D canvas in this browser');
  return context;
}

/** A canvas of the image's size (rounded up) with the image drawn on it. */
function canvasOf(image: HTMLImageElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth);
  canvas.height = Math.ceil(image.naturalHeight);
  context2d(canvas).drawImage(image, 0, 0);
  return canvas;
}

/** Draws SVG markup on a canvas at its own size and reads the pixels back. */
async function rasterize(markup: string): Promise<{ canvas: HTMLCanvasElement; frame: RgbaFrame }> {
  const canvas = canvasOf(await svgImage(markup));
  const { width, height } = canvas;
  const { data } = context2d(canvas).getImageData(0, 0, width, height);
  return { canvas, frame: { data, width, height } };
}

/** Overlays decoded together, at most: one SVG image per batch instead of one per frame. */
const BATCH_FRAMES = 16;
/** A batch's sprite stays well inside every browser's canvas limits. */
const BATCH_WIDTH = 8192;

/**
 * The overlays of frames `from` onwards, side by side in one SVG image (a sprite), decoded and
 * drawn once: decoding an SVG image costs a few milliseconds whatever its content, far more
 * than drawing one overlay, so a batch pays it once. Each overlay sits at a whole-pixel offset,
 * so it rasterises exactly as it would alone.
 */
function overlayBatch(
  layers: FigureLayers,
  renderer: ReturnType<typeof elementRenderer>,
  from: number,
  frameCount: number,
) {
  const { width, height } = layers.size;
  const parts: { crop: PixelRect; x: number }[] = [];
  const overlays: ReactElement[] = [];
  let spriteWidth = 0;
  let spriteHeight = 1;
  for (let frame = from; frame < frameCount && parts.length < BATCH_FRAMES; frame++) {
    const crop = layers.crop(frame, width, height);
    if (parts.length > 0 && spriteWidth + crop.width > BATCH_WIDTH) break;
    parts.push({ crop, x: spriteWidth });
    overlays.push(
      createElement(
        'g',
        { key: frame, transform: `translate(${spriteWidth} 0)` },
        layers.overlay(frame, crop, width, height),
      ),
    );
    spriteWidth += crop.width;
    spriteHeight = Math.max(spriteHeight, crop.height);
  }
  const sprite = createElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${spriteWidth} ${spriteHeight}`,
      width: spriteWidth,
      height: spriteHeight,
    },
    overlays,
  );
  const image = svgImage(renderer.markup(sprite)).then(canvasOf);
  // Awaited later; a batch left undecoded when the encoder stops must not report an error.
  image.catch(() => undefined);
  return { parts, image };
}

/**
 * Every frame, rasterised only when the encoder asks for it. The static picture under the frame
 * overlay and the one over it are drawn once; the overlays are decoded in batches (one sprite
 * per batch, the next decoding while this one is drawn), and per frame only the rectangle
 * covering the previous and the current overlay is composited and read back (a patch): the
 * time per frame follows the overlay's size.
 */
async function* rgbaFrames(
  model: FigureModel,
  theme: ConvTheme,
  options: FigureSvgOptions,
): AsyncGenerator<RgbaFrame> {
  const renderer = elementRenderer();
  try {
    const layers = figureLayers(model, theme, options);
    const below = canvasOf(await svgImage(renderer.markup(layers.below)));
    const above = canvasOf(await svgImage(renderer.markup(layers.above)));
    const canvas = document.createElement('canvas');
    canvas.width = below.width;
    canvas.height = below.height;
    const context = context2d(canvas);
    const { frameCount } = model;
    let batch = overlayBatch(layers, renderer, 0, frameCount);
    let previous: PixelRect | null = null;
    for (let frame = 0; frame < frameCount; ) {
      const { parts, image } = batch;
      const after = frame + parts.length;
      if (after < frameCount) batch = overlayBatch(layers, renderer, after, frameCount);
      const sprite = await image;
      for (const { crop, x } of parts) {
        const rect = previous
          ? unionRect(previous, crop)
          : { left: 0, top: 0, width: canvas.width, height: canvas.height };
        const { left, top, width: w, height: h } = rect;
        // Back to the static picture in the rectangle, then the overlay, then what lies over it.
        context.globalCompositeOperation = 'copy';
        context.drawImage(below, left, top, w, h, left, top, w, h);
        context.globalCompositeOperation = 'source-over';
        context.drawImage(
          sprite,
          x,
          0,
          crop.width,
          crop.height,
          crop.left,
          crop.top,
          crop.width,
          crop.height,
        );
        context.drawImage(above, left, top, w, h, left, top, w, h);
        const { data } = context.getImageData(left, top, w, h);
        yield { data, left, top, width: w, height: h };
        previous = crop;
      }
      frame = after;
    }
  } finally {
    renderer.close();
  }
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface DownloadRequest {
  format: DownloadFormat;
  model: FigureModel;
  theme: ConvTheme;
  /** The frame for SVG and PNG. */
  frame: number;
  /** GIF timing. */
  frameDuration: number;
  loop: boolean;
  fileName: string;
  options?: FigureSvgOptions;
  /** For an auto theme, the scheme the figure shows (default light): the file's real colours. */
  scheme?: 'light' | 'dark' | undefined;
}

/** Produces the file client-side, the same drawing the exporter writes in Node, and saves it. */
export async function makeDownload(request: DownloadRequest): Promise<Blob> {
  const { format, model, frame } = request;
  const theme = schemeTheme(request.theme, request.scheme);
  const given = request.options ?? {};
  // A text caption goes into the file; one the SVG cannot hold (too long, control characters)
  // stays on the page only.
  const caption = given.caption && !captionError(given.caption) ? given.caption : undefined;
  const options = { ...given, caption };
  let blob: Blob;
  if (format === 'svg') {
    blob = new Blob([svgDocument(frameMarkup(model, frame, theme, options))], {
      type: 'image/svg+xml',
    });
  } else if (format === 'png') {
    const { canvas } = await rasterize(frameMarkup(model, frame, theme, options));
    blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } else {
    const bytes = await encodeGifOffThread(rgbaFrames(model, theme, options), {
      frameDuration: request.frameDuration,
      loop: request.loop,
      theme,
    });
    blob = new Blob([bytes as BlobPart], { type: 'image/gif' });
  }
  save(`${request.fileName}.${format}`, blob);
  return blob;
}
