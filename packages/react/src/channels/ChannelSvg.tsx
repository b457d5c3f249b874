import type { Diagram } from '@conv-arithmetic/core';
import { useId, useMemo } from 'react';
import { Legend } from '../svg/Legend';
import { layoutLegend } from '../svg/legendLayout';
import { numberSizes } from '../svg/numberSizes';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import { ChannelOverlay } from './ChannelOverlay';
import { ChannelPlanes, ChannelValues } from './ChannelPlanes';
import { channelLayout } from './channelLayout';
import type { ChannelNumbers } from './channelNumbers';
import { groupOf } from './groups';

export interface ChannelSvgProps {
  diagram: Diagram;
  frame: number;
  theme: ConvTheme;
  numbers: ChannelNumbers | null;
  partials: readonly { channel: number; sum: number }[];
  cellSize?: number | undefined;
  labels: boolean;
  progressive: boolean;
  title: string;
  description?: string | undefined;
}

/** A map's name: its number, and its group when the channels are split into several. */
const mapName = (kind: 'input' | 'output', channel: number, group: number, groups: number) =>
  `${kind} ${channel + 1}${groups > 1 ? ` · group ${group + 1}` : ''}`;

/** The picture's layout, legend and number sizes: what ChannelSvg draws, and exporters measure. */
export function channelPicture(
  diagram: Diagram,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
  numbers: ChannelNumbers | null,
) {
  const layout = channelLayout(diagram, unit, {
    labels,
    labelSize: theme.font.labelSize,
    numbers: numbers !== null,
    longestName: mapName('output', diagram.outChannels - 1, diagram.groups - 1, diagram.groups)
      .length,
  });
  const legend = labels ? layoutLegend(diagram, theme, layout.width - 28) : null;
  const sizes = numbers
    ? numberSizes(unit, {
        input: numbers.input.flat(),
        kernel: numbers.weights.flat(2),
        output: numbers.output.flat(),
      })
    : { input: 0, weight: 0, output: 0 };
  return { layout, legend, sizes };
}

/** The whole picture's height: the maps, then the legend row. */
export const pictureHeight = (
  layout: { height: number },
  legend: { height: number } | null,
): number => layout.height + (legend?.height ?? 0);

/**
 * A multi-channel convolution: the input maps as a stack, one output map per output channel;
 * the current output channel's kernel slices on each input map of its group, and (with numbers)
 * each map's partial sum beside it, adding up to the output value.
 */
export function ChannelSvg(props: ChannelSvgProps) {
  const { diagram, frame, theme, numbers, labels, title, description } = props;
  const unit = props.cellSize ?? theme.cellSize;
  const ids = useId();
  const { layout, legend, sizes } = useMemo(
    () => channelPicture(diagram, unit, labels, theme, numbers),
    [diagram, unit, labels, theme, numbers],
  );
  const { minX, minY, width } = layout;
  const height = pictureHeight(layout, legend);
  const perGroupIn = diagram.inChannels / diagram.groups;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${round(minX)} ${round(minY)} ${round(width)} ${round(height)}`}
      width={round(width)}
      height={round(height)}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={description ? `${ids}-desc` : undefined}
      style={{ maxWidth: '100%', height: 'auto', display: 'block' }}
      data-frame={frame}
      data-channels={`${diagram.inChannels}→${diagram.outChannels}`}
    >
      <title id={`${ids}-title`}>{title}</title>
      {description && <desc id={`${ids}-desc`}>{description}</desc>}
      <rect
        x={round(minX)}
        y={round(minY)}
        width={round(width)}
        height={round(height)}
        fill={theme.colors.background}
      />
      <ChannelPlanes diagram={diagram} layout={layout} theme={theme} />
      {numbers && (
        <ChannelValues
          diagram={diagram}
          layout={layout}
          theme={theme}
          numbers={numbers}
          sizes={sizes}
        />
      )}
      <ChannelOverlay
        diagram={diagram}
        frame={frame}
        layout={layout}
        theme={theme}
        numbers={numbers}
        partials={props.partials}
        progressive={props.progressive}
        sizes={sizes}
      />
      {labels && (
        <g
          fontFamily={theme.font.family}
          fontSize={theme.font.labelSize}
          fontWeight={theme.font.labelWeight}
          fill={theme.colors.text}
          pointerEvents="none"
          data-part="map-names"
        >
          {layout.inputLabels.map(([x, y], channel) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: maps are identified by channel
            <text key={`i${channel}`} x={round(x)} y={round(y)}>
              {mapName('input', channel, Math.floor(channel / perGroupIn), diagram.groups)}
            </text>
          ))}
          {layout.outputLabels.map(([x, y], channel) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: maps are identified by channel
            <text key={`o${channel}`} x={round(x)} y={round(y)}>
              {mapName('output', channel, groupOf(diagram, channel).group, diagram.groups)}
            </text>
          ))}
        </g>
      )}
      {legend && <Legend legend={legend} origin={layout.legend} theme={theme} />}
    </svg>
  );
}
