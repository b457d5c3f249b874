import type { Diagram } from '@conv-arithmetic/core';
import { memo, type ReactElement } from 'react';
import { formatOutput, formatValue, inputCellPaint, outputCellPaint } from '../svg/cellStyle';
import { NUMBER_PLACES, type NumberSizes } from '../svg/numberSizes';
import { cellPoints, type Projection, round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { ChannelLayout } from './channelLayout';
import { type ChannelNumbers, channelCellValue } from './channelNumbers';

interface PlanesProps {
  diagram: Diagram;
  layout: ChannelLayout;
  theme: ConvTheme;
}

function mapCells(
  diagram: Diagram,
  project: Projection,
  theme: ConvTheme,
  channel: number,
): ReactElement[] {
  const cells = [];
  for (let row = 0; row < diagram.input.rows; row++) {
    for (let col = 0; col < diagram.input.cols; col++) {
      const kind = diagram.cell(row, col).kind;
      const paint = inputCellPaint(kind, theme);
      cells.push(
        <polygon
          key={`${row},${col}`}
          points={cellPoints(project, row, col)}
          fill={paint.fill}
          stroke={paint.stroke}
          strokeWidth={paint.strokeWidth}
          strokeDasharray={paint.strokeDasharray}
          data-plane="input"
          data-channel={channel}
          data-kind={kind}
          data-row={row}
          data-col={col}
        />,
      );
    }
  }
  return cells;
}

/**
 * Every input map and output map of a multi-channel figure, drawn once: stepping never
 * re-renders them (the overlay carries everything that moves).
 */
export const ChannelPlanes = memo(function ChannelPlanes({ diagram, layout, theme }: PlanesProps) {
  const paint = outputCellPaint(theme);
  return (
    <g strokeLinejoin="round">
      {layout.inputs.map((project, channel) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: maps are identified by channel
        <g key={channel} data-layer="input" data-channel={channel}>
          {mapCells(diagram, project, theme, channel)}
        </g>
      ))}
      {layout.outputs.map((project, channel) => (
        <g
          // biome-ignore lint/suspicious/noArrayIndexKey: maps are identified by channel
          key={channel}
          data-layer="output"
          data-channel={channel}
          fill={paint.fill}
          stroke={paint.stroke}
          strokeWidth={paint.strokeWidth}
        >
          <polygon points={cellPoints(project, 0, 0, diagram.output.rows, diagram.output.cols)} />
          <path d={gridLines(project, diagram.output.rows, diagram.output.cols)} fill="none" />
        </g>
      ))}
    </g>
  );
});

/** The inner lines of a rows × cols grid as one path: an output map is a sheet of cells. */
function gridLines(project: Projection, rows: number, cols: number): string {
  const parts: string[] = [];
  const move = (r: number, c: number, r2: number, c2: number) => {
    const [x1, y1] = project(r, c);
    const [x2, y2] = project(r2, c2);
    parts.push(`M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`);
  };
  for (let r = 1; r < rows; r++) move(r, 0, r, cols);
  for (let c = 1; c < cols; c++) move(0, c, rows, c);
  return parts.join('');
}

/** The numbers of every map: input values (copies in non-zero padding), output values. */
export const ChannelValues = memo(function ChannelValues({
  diagram,
  layout,
  theme,
  numbers,
  sizes,
}: PlanesProps & { numbers: ChannelNumbers; sizes: NumberSizes }) {
  const [down, across] = NUMBER_PLACES.input;
  const texts = [];
  for (let channel = 0; channel < diagram.inChannels; channel++) {
    const project = layout.inputs[channel] as Projection;
    for (let row = 0; row < diagram.input.rows; row++) {
      for (let col = 0; col < diagram.input.cols; col++) {
        const [x, y] = project(row + down, col + across);
        const isInput = diagram.cell(row, col).kind === 'input';
        texts.push(
          <text
            key={`i${channel},${row},${col}`}
            x={round(x)}
            y={round(y)}
            fill={isInput ? theme.colors.valueText : theme.colors.text}
          >
            {formatValue(channelCellValue(diagram, numbers, channel, row, col))}
          </text>,
        );
      }
    }
  }
  for (let channel = 0; channel < diagram.outChannels; channel++) {
    const project = layout.outputs[channel] as Projection;
    for (let row = 0; row < diagram.output.rows; row++) {
      for (let col = 0; col < diagram.output.cols; col++) {
        const [x, y] = project(row + 0.5, col + 0.5);
        texts.push(
          <text
            key={`o${channel},${row},${col}`}
            x={round(x)}
            y={round(y)}
            fontSize={round(sizes.output)}
          >
            {formatOutput(numbers.output[channel]?.[row]?.[col] ?? 0)}
          </text>,
        );
      }
    }
  }
  return (
    <g
      data-layer="values"
      fontFamily={theme.font.family}
      fontSize={round(sizes.input)}
      fill={theme.colors.valueText}
      textAnchor="middle"
      dominantBaseline="central"
      pointerEvents="none"
    >
      {texts}
    </g>
  );
});
