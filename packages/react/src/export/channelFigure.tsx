import type { ReactElement } from 'react';
import { channelFrameSvg, channelPictureSize } from '../channels/channelExport';
import type { FigureModel } from '../figure/model';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import { captionFooter } from './captionFooter';
import type { FigureSvgOptions } from './svgOptions';

/**
 * The size of an exported multi-channel frame: the maps and legend as the component lays them
 * out, and the caption's footer under them when there is one.
 */
export function channelExportSize(model: FigureModel, theme: ConvTheme, options: FigureSvgOptions) {
  const picture = channelPictureSize(model, theme, options);
  const width = round(picture.width);
  const height = round(picture.height);
  const footer = captionFooter(options.caption, theme)?.(width - 28) ?? null;
  return { width, height, footer, total: round(height + (footer?.height ?? 0)) };
}

/**
 * One frame of a multi-channel figure for exporters (the component's picture: the input maps as
 * a stack, one output map per output channel, the partial sums with values), with the caption
 * drawn under it, as under every other exported figure.
 */
export function channelSvgElement(
  model: FigureModel,
  frame: number,
  theme: ConvTheme,
  options: FigureSvgOptions,
): ReactElement {
  const picture = channelFrameSvg(model, frame, theme, options);
  if (!options.caption) return picture;
  const { width, height, footer, total } = channelExportSize(model, theme, options);
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
