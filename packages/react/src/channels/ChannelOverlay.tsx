import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import { formatValue } from '../svg/cellStyle';
import { NUMBER_PLACES, type NumberSizes } from '../svg/numberSizes';
import { cellPoints, type Projection, round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { ChannelLayout } from './channelLayout';
import type { ChannelNumbers } from './channelNumbers';
import { groupOf } from './groups';

interface OverlayProps {
  diagram: Diagram;
  frame: number;
  layout: ChannelLayout;
  theme: ConvTheme;
  numbers: ChannelNumbers | null;
  /** Each read input channel's share of the current output value (with numbers). */
  partials: readonly { channel: number; sum: number }[];
  /** Output cells after `frame` covered as not yet computed. */
  progressive: boolean;
  sizes: NumberSizes;
}

/** A cell (or block of cells) as a closed path segment: many cells make one path element. */
const cellPath = (project: Projection, row: number, col: number, rows = 1, cols = 1) =>
  `M${cellPoints(project, row, col, rows, cols).replace(/ /g, 'L')}Z`;

/**
 * The maps the current output channel does not read, veiled; they change only when the output
 * channel does, so depthwise reads at a glance: one lit input map per output map.
 */
const OtherGroups = memo(function OtherGroups({
  diagram,
  layout,
  theme,
  first,
  count,
}: {
  diagram: Diagram;
  layout: ChannelLayout;
  theme: ConvTheme;
  first: number;
  count: number;
}) {
  const { rows, cols } = diagram.input;
  const d = layout.inputs
    .map((project, channel) =>
      channel >= first && channel < first + count ? '' : cellPath(project, 0, 0, rows, cols),
    )
    .join('');
  return d ? (
    <path d={d} fill={theme.colors.background} fillOpacity={0.7} data-part="other-groups" />
  ) : null;
});

/**
 * Everything that moves between frames, in a handful of elements whatever the channel count: the
 * kernel slices' taps on every input map of the group (one path), their window grids (one path),
 * the veil over the other groups, the current output map and cell, the lines joining each slice
 * to it and, with numbers, the weights and each map's partial sum.
 */
export const ChannelOverlay = memo(function ChannelOverlay(props: OverlayProps) {
  const { diagram, frame, layout, theme, numbers, partials } = props;
  const { colors, stroke } = theme;
  const current = diagram.frame(frame);
  const box = diagram.window(frame);
  const { first, count } = groupOf(diagram, current.outChannel);
  const [outRow, outCol] = current.output;
  const output = layout.outputs[current.outChannel] as Projection;

  let taps = '';
  for (const tap of current.taps) {
    taps += cellPath(layout.inputs[tap.inChannel] as Projection, tap.drawn[0], tap.drawn[1]);
  }
  let windows = '';
  let lines = '';
  const [outX, outY] = output(outRow + 0.5, outCol);
  for (let channel = first; channel < first + count; channel++) {
    const project = layout.inputs[channel] as Projection;
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) {
        const row = box.row + r;
        const col = box.col + c;
        if (row < diagram.input.rows && col < diagram.input.cols)
          windows += cellPath(project, row, col);
      }
    }
    const [x, y] = project(box.row + box.rows / 2, box.col + box.cols);
    lines += `M${round(x)},${round(y)}L${round(outX)},${round(outY)}`;
  }

  const [down, across] = NUMBER_PLACES.weight;
  const { rows: outRows, cols: outCols } = diagram.output;
  let pending = '';
  if (props.progressive) {
    const perMap = outRows * outCols;
    for (let index = frame + 1; index < diagram.frameCount; index++) {
      const map = Math.floor(index / perMap);
      const row = Math.floor((index % perMap) / outCols);
      pending += cellPath(layout.outputs[map] as Projection, row, index % outCols);
    }
  }
  return (
    <g data-layer="frame" pointerEvents="none">
      {pending && (
        <path
          d={pending}
          fill={colors.background}
          stroke={colors.grid}
          strokeWidth={stroke.thin}
          data-part="pending"
        />
      )}
      <OtherGroups diagram={diagram} layout={layout} theme={theme} first={first} count={count} />
      <path d={taps} fill={colors.shade} fillOpacity={colors.shadeOpacity} data-part="taps" />
      <path
        d={windows}
        fill="none"
        stroke={colors.grid}
        strokeWidth={stroke.thick}
        strokeLinejoin="round"
        data-part="window"
      />
      <path
        d={lines}
        stroke={colors.connector}
        strokeWidth={stroke.connector}
        data-part="connectors"
      />
      <path
        d={cellPath(output, 0, 0, outRows, outCols)}
        fill="none"
        stroke={colors.grid}
        strokeWidth={stroke.thick * 2}
        data-part="current-map"
        data-channel={current.outChannel}
      />
      <polygon
        points={cellPoints(output, outRow, outCol)}
        fill={colors.shade}
        fillOpacity={colors.shadeOpacity}
        stroke={colors.grid}
        strokeWidth={stroke.thick * 1.5}
        data-part="current-output"
        data-channel={current.outChannel}
        data-row={outRow}
        data-col={outCol}
      />
      {numbers && (
        <g
          fontFamily={theme.font.family}
          fontSize={round(props.sizes.weight)}
          fill={colors.text}
          fontWeight={700}
          textAnchor="end"
          data-part="weights"
        >
          {current.taps.map((tap) => {
            const project = layout.inputs[tap.inChannel] as Projection;
            const [x, y] = project(tap.drawn[0] + down, tap.drawn[1] + across);
            const [o, s, a, b] = tap.weight;
            return (
              <text key={`${tap.inChannel},${tap.drawn.join()}`} x={round(x)} y={round(y)}>
                {formatValue(numbers.weights[o]?.[s]?.[a]?.[b] ?? 0)}
              </text>
            );
          })}
        </g>
      )}
      {numbers && (
        <g
          fontFamily={theme.font.family}
          fontSize={round(props.sizes.input)}
          fill={colors.text}
          dominantBaseline="central"
          data-part="partials"
        >
          {partials.map(({ channel, sum }) => {
            const [x, y] = layout.partials[channel] ?? [0, 0];
            return (
              <text key={channel} x={round(x)} y={round(y)} data-channel={channel}>
                {`→ ${formatValue(sum)}`}
              </text>
            );
          })}
        </g>
      )}
    </g>
  );
});
