import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { FigureModel } from '../figure/model';
import type { ConvTheme } from '../theme/tokens';
import { encodeGif, type RgbaFrame } from './encodeGif';
import { type FigureSvgOptions, figureSvgElement, svgDocument } from './figureSvg';

export type DownloadFormat = 'gif' | 'svg' | 'png';

/** Draws frames' SVG markup through one detached React root, reused from frame to frame. */
function markupRenderer(model: FigureModel, theme: ConvTheme, options: FigureSvgOptions) {
  const host = document.createElement('div');
  const root = createRoot(host);
  return {
    markup(frame: number): string {
      flushSync(() => root.render(figureSvgElement(model, frame, theme, options)));
      return host.innerHTML;
    },
    close: () => root.unmount(),
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

/** Draws SVG markup on a canvas (reused when given) at its own size and reads the pixels back. */
async function rasterize(
  markup: string,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): Promise<{ canvas: HTMLCanvasElement; frame: RgbaFrame }> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error('the diagram could not be rasterised');
    });
    const width = Math.ceil(image.naturalWidth);
    const height = Math.ceil(image.naturalHeight);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2-D canvas in this browser');
    context.clearRect(0, 0, width, height);
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    return { canvas, frame: { data, width, height } };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Every frame, drawn and rasterised only when the encoder asks for it: one frame's pixels are
 * alive at a time, however long the animation.
 */
async function* rgbaFrames(
  model: FigureModel,
  theme: ConvTheme,
  options: FigureSvgOptions,
): AsyncGenerator<RgbaFrame> {
  const renderer = markupRenderer(model, theme, options);
  const canvas = document.createElement('canvas');
  try {
    for (let i = 0; i < model.diagram.frameCount; i++) {
      yield (await rasterize(renderer.markup(i), canvas)).frame;
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
}

/** Produces the file client-side, the same drawing the exporter writes in Node, and saves it. */
export async function makeDownload(request: DownloadRequest): Promise<Blob> {
  const { format, model, theme, frame, options = {} } = request;
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
    const bytes = await encodeGif(rgbaFrames(model, theme, options), {
      frameDuration: request.frameDuration,
      loop: request.loop,
      theme,
    });
    blob = new Blob([bytes as BlobPart], { type: 'image/gif' });
  }
  save(`${request.fileName}.${format}`, blob);
  return blob;
}
