import type { ReactElement } from 'react';
import type { FigureModel } from '../figure/model';
import type { ConvTheme } from '../theme/tokens';
import { ChannelSvg, channelPicture, pictureHeight } from './ChannelSvg';
import { channelError } from './channelChecks';
import { type ChannelNumbers, channelNumbers, partialSums } from './channelNumbers';
import { describeChannelFrame } from './describeChannels';

// A GIF draws every frame of one model: its numbers are computed once.
const computed = new WeakMap<FigureModel, ChannelNumbers | null>();

/** The model's numbers (null without values), after its checks: exporters throw what the alert shows. */
function numbersOf(model: FigureModel): ChannelNumbers | null {
  const error = channelError(model);
  if (error) throw error;
  if (!computed.has(model)) {
    computed.set(model, model.channels?.shown ? channelNumbers(model.diagram, model.spec) : null);
  }
  return computed.get(model) ?? null;
}

/**
 * One frame of a multi-channel figure as the exporters draw it (SVG, PNG, GIF): the picture the
 * component shows, its frame in words as the description. Throws the ConvArithmeticError the
 * component's alert would show.
 *
 * @example
 * renderToStaticMarkup(channelFrameSvg(createFigureModel('conv', { input: 4, kernel: 3, inChannels: 2 }), 0, classicTheme))
 */
export function channelFrameSvg(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: { cellSize?: number | undefined; labels?: boolean | undefined },
): ReactElement {
  const numbers = numbersOf(model);
  const partials = numbers ? partialSums(model.diagram, numbers, frame) : [];
  return (
    <ChannelSvg
      diagram={model.diagram}
      frame={frame}
      theme={theme}
      numbers={numbers}
      partials={partials}
      cellSize={options.cellSize}
      labels={options.labels ?? true}
      progressive={model.reveal === 'progressive'}
      title={model.title}
      description={describeChannelFrame(model.diagram, frame, numbers, partials)}
    />
  );
}

/** The size in px of a multi-channel figure's picture, as channelFrameSvg draws it. */
export function channelPictureSize(
  model: FigureModel,
  theme: ConvTheme,
  options: { cellSize?: number | undefined; labels?: boolean | undefined },
): { width: number; height: number } {
  const unit = options.cellSize ?? theme.cellSize;
  const { layout, legend } = channelPicture(
    model.diagram,
    unit,
    options.labels ?? true,
    theme,
    numbersOf(model),
  );
  return { width: layout.width, height: pictureHeight(layout, legend) };
}
