import { figureSvgElement, frameError, svgDocument } from '@conv-arithmetic/react/export';
import { renderToStaticMarkup } from 'react-dom/server';
import { captionOf, type ExportSpec, modelOf, themeOf } from './spec';

function requireFrame(frame: number, frameCount: number): void {
  const problem = frameError(frame, frameCount);
  if (problem) throw problem;
}

/**
 * One frame as a standalone SVG document: the react package's own drawing, serialised with
 * react-dom/server, every colour a presentation attribute.
 *
 * @example
 * renderSvg({ input: 5, kernel: 3, padding: 1, stride: 2 }, 4)
 */
export function renderSvg(spec: ExportSpec, frame = 0): string {
  const model = modelOf(spec);
  requireFrame(frame, model.frameCount);
  const element = figureSvgElement(model, frame, themeOf(spec), {
    cellSize: spec.cellSize,
    labels: spec.labels,
    caption: captionOf(spec),
  });
  return svgDocument(renderToStaticMarkup(element));
}

/**
 * Every frame's SVG document, in frame order, drawn lazily: each is made when asked for, so a
 * consumer that lets each go keeps one in memory however many frames there are.
 *
 * @example
 * for (const svg of svgFrames({ input: 5, kernel: 3 })) process(svg)
 */
export function* svgFrames(spec: ExportSpec): Generator<string, void, undefined> {
  const model = modelOf(spec);
  const theme = themeOf(spec);
  const options = { cellSize: spec.cellSize, labels: spec.labels, caption: captionOf(spec) };
  for (let frame = 0; frame < model.frameCount; frame++) {
    yield svgDocument(renderToStaticMarkup(figureSvgElement(model, frame, theme, options)));
  }
}

/**
 * Every frame's SVG document, in frame order, all at once (for a few frames; prefer svgFrames).
 *
 * @example
 * renderSvgFrames({ input: 4, kernel: 3 }).length // 4
 */
export function renderSvgFrames(spec: ExportSpec): string[] {
  return [...svgFrames(spec)];
}

/** The number of frames a spec animates (one per output cell; per input cell for `scatter`). */
export const frameCountOf = (spec: ExportSpec): number => modelOf(spec).frameCount;
