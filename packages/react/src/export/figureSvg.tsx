import type { ReactElement } from 'react';
import { describeFrame } from '../figure/describe';
import type { FigureModel } from '../figure/model';
import { DiagramSvg } from '../svg/DiagramSvg';
import type { ConvTheme } from '../theme/tokens';
import { captionFooter } from './captionFooter';

export interface FigureSvgOptions {
  cellSize?: number | undefined;
  labels?: boolean | undefined;
  /** Text drawn under the picture (at most 500 characters). */
  caption?: string | undefined;
}

/**
 * The SVG element of one frame, exactly as the components draw it; exporters serialise it
 * (react-dom/server in Node, a detached root in the browser).
 */
export function figureSvgElement(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: FigureSvgOptions = {},
): ReactElement {
  const { diagram } = model;
  return (
    <DiagramSvg
      diagram={diagram}
      frame={frame}
      theme={theme}
      layout={model.layout}
      cellSize={options.cellSize}
      numbers={model.numbers}
      labels={options.labels ?? true}
      footer={captionFooter(options.caption, theme)}
      title={model.title}
      description={describeFrame(diagram, diagram.frame(frame))}
    />
  );
}

/** A standalone SVG file's text: the XML declaration, then the markup. */
export const svgDocument = (markup: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
