import type { ReactElement } from 'react';
import { frameText } from '../figure/frameText';
import type { FigureModel } from '../figure/model';
import { DiagramSvg } from '../svg/DiagramSvg';
import { schemeTheme } from '../theme/paint';
import type { ConvTheme } from '../theme/tokens';
import { describeViewFrame } from '../views/describeView';
import { ViewSvg } from '../views/ViewSvg';
import { captionFooter } from './captionFooter';
import { channelSvgElement } from './channelFigure';
import type { FigureSvgOptions } from './svgOptions';

export type { FigureSvgOptions };

/**
 * The SVG element of one frame of the model's view, exactly as the components draw it; exporters serialise it
 * (react-dom/server in Node, a detached root in the browser).
 */
export function figureSvgElement(
  model: FigureModel,
  frame: number,
  themeGiven: ConvTheme,
  options: FigureSvgOptions = {},
): ReactElement {
  // Files hold real colours: an auto theme draws its light scheme unless resolved before.
  const theme = schemeTheme(themeGiven);
  const { diagram } = model;
  if (model.view === 'channels') return channelSvgElement(model, frame, theme, options);
  if (model.view !== 'equivalent') {
    return (
      <ViewSvg
        model={model}
        frame={frame}
        theme={theme}
        cellSize={options.cellSize}
        labels={options.labels ?? true}
        title={model.title}
        description={describeViewFrame(model, frame)}
      />
    );
  }
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
      reveal={model.reveal}
      description={frameText(model, frame)}
    />
  );
}

/** A standalone SVG file's text: the XML declaration, then the markup. */
export const svgDocument = (markup: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
