import type { FigureModel } from '../figure/model';
import type { AnimationOptions, DownloadFormat } from '../figure/props';
import type { ConvTheme } from '../theme/tokens';
import { makeDownload } from './browserDownload';

/** A file name from the title: "Convolution: 5×5 input, …" → "convolution-5x5-input-…". */
export const fileNameOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/×/g, 'x')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'convolution';

/**
 * The download of an animated figure's button, from its props: the file name from `downloadName`
 * or the title, the GIF's pace and loop, the drawing options. Loaded with the drawing code on the
 * first click (see downloadFromFigure), so a page's figures do not carry it up front.
 *
 * @example
 * await makeFigureDownload('svg', model, classicTheme, 0, 'Convolution', { fps: 2 })
 */
export function makeFigureDownload(
  format: DownloadFormat,
  model: FigureModel,
  theme: ConvTheme,
  frame: number,
  title: string,
  props: AnimationOptions,
  scheme: 'light' | 'dark' = 'light',
): Promise<Blob> {
  return makeDownload({
    format,
    model,
    theme,
    frame,
    frameDuration: props.frameDuration ?? 1000 / (props.fps ?? 1),
    loop: props.loop ?? true,
    fileName: props.downloadName ?? fileNameOf(title),
    scheme,
    options: {
      cellSize: props.cellSize,
      labels: props.labels ?? true,
      caption: typeof props.caption === 'string' ? props.caption : undefined,
    },
  });
}
