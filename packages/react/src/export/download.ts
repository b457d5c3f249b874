import type { DownloadRequest } from './browserDownload';

/**
 * Makes the file in the browser and saves it. The drawing, rasterising and GIF code loads on
 * the first call, so pages that never download never fetch it.
 *
 * @example
 * await downloadFigure({ format: 'svg', model, theme: classicTheme, frame: 0, frameDuration: 1000, loop: true, fileName: 'conv' })
 */
export async function downloadFigure(request: DownloadRequest): Promise<Blob> {
  const { makeDownload } = await import('./browserDownload');
  return makeDownload(request);
}

/**
 * A figure's download button: makeFigureDownload, loaded with the drawing code on first use.
 *
 * @example
 * await downloadFromFigure('gif', model, classicTheme, 0, 'Convolution', { fps: 2 })
 */
export async function downloadFromFigure(
  ...args: Parameters<typeof import('./figureDownload').makeFigureDownload>
): Promise<Blob> {
  const { makeFigureDownload } = await import('./figureDownload');
  return makeFigureDownload(...args);
}
