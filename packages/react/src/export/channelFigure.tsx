import type { ReactElement } from 'react';
import { ChannelSvg } from '../channels/ChannelSvg';
import { channelError } from '../channels/channelChecks';
import { channelLayout } from '../channels/channelLayout';
import { type ChannelNumbers, channelNumbers, partialSums } from '../channels/channelNumbers';
import { describeChannelFrame } from '../channels/describeChannels';
import type { FigureModel } from '../figure/model';
import { layoutLegend } from '../svg/legendLayout';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import { captionFooter } from './captionFooter';
import type { FigureSvgOptions } from './figureSvg';

// A GIF draws every frame of one model: its numbers are computed once.
const numbersOfModel = new WeakMap<FigureModel, ChannelNumbers | null>();

/**
 * The numbers a multi-channel model prints (null without values), once its props hold: throws
 * the ConvArithmeticError the component would show as an alert.
 */
function checkedNumbers(model: FigureModel): ChannelNumbers | null {
  const cached = numbersOfModel.get(model);
  if (cached !== undefined) return cached;
  const error = channelError(model);
  if (error) throw error;
  const numbers = model.channels?.shown ? channelNumbers(model.diagram, model.spec) : null;
  numbersOfModel.set(model, numbers);
  return numbers;
}

/**
 * The size of a multi-channel picture, as ChannelSvg lays it out (maps, then the legend), and
 * the caption under it when there is one.
 */
export function channelPictureSize(
  model: FigureModel,
  theme: ConvTheme,
  options: FigureSvgOptions,
) {
  const numbers = checkedNumbers(model);
  const unit = options.cellSize ?? theme.cellSize;
  const labels = options.labels ?? true;
  const layout = channelLayout(model.diagram, unit, {
    labels,
    labelSize: theme.font.labelSize,
    numbers: numbers !== null,
  });
  const legend = labels ? layoutLegend(model.diagram, theme, layout.width - 28) : null;
  const width = round(layout.width);
  const height = round(layout.height + (legend?.height ?? 0));
  const footer = captionFooter(options.caption, theme)?.(width - 28) ?? null;
  return { width, height, footer, total: round(height + (footer?.height ?? 0)) };
}

/**
 * One frame of a multi-channel figure as the component draws it (the input maps as a stack, one
 * output map per output channel, the partial sums with values), for exporters; a caption is
 * drawn under it.
 */
export function channelSvgElement(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: FigureSvgOptions,
): ReactElement {
  const numbers = checkedNumbers(model);
  const { diagram } = model;
  const partials = numbers ? partialSums(diagram, numbers, frame) : [];
  const picture = (
    <ChannelSvg
      diagram={diagram}
      frame={frame}
      theme={theme}
      numbers={numbers}
      partials={partials}
      cellSize={options.cellSize}
      labels={options.labels ?? true}
      progressive={model.reveal === 'progressive'}
      title={model.title}
      description={describeChannelFrame(diagram, frame, numbers, partials)}
    />
  );
  if (!options.caption) return picture;
  const { width, height, footer, total } = channelPictureSize(model, theme, options);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${total}`}
      width={width}
      height={total}
      role="img"
      aria-label={model.title}
    >
      <rect width={width} height={total} fill={theme.colors.background} />
      {picture}
      {footer?.draw([14, height])}
    </svg>
  );
}
