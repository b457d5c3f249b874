import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { FigureModel } from '../figure/model';
import type { ConvTheme } from '../theme/tokens';
import { encodeGif, type RgbaFrame } from './encodeGif';
import { type FigureSvgOptions, figureSvgElement, svgDocument } from './figureSvg';

export type DownloadFormat = 'gif' | 'svg' | 'png';

/** Renders one frame's SVG markup in the browser, through a detached React root. */
function frameMarkup(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: FigureSvgOptions,
): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(figureSvgElement(model, frame, theme, options)));
  const markup = host.innerHTML;
  root.unmount();
  return markup;
}

/** Draws SVG markup on a canvas at its own size and reads the pixels back. */
async function rasterize(markup: string): Promise<{ canvas: HTMLCanvasElement; frame: RgbaFrame }> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the diagram could not be rasterised'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth);
    canvas.height = Math.ceil(image.naturalHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2-D canvas in this browser');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { canvas, frame: { data, width, height } };
  } finally {
    URL.revokeObjectURL(url);
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
    const frames: RgbaFrame[] = [];
    for (let i = 0; i < model.diagram.frameCount; i++) {
      frames.push((await rasterize(frameMarkup(model, i, theme, options))).frame);
    }
    const bytes = await encodeGif(frames, {
      frameDuration: request.frameDuration,
      loop: request.loop,
    });
    blob = new Blob([bytes as BlobPart], { type: 'image/gif' });
  }
  save(`${request.fileName}.${format}`, blob);
  return blob;
}
