import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { formatOutput, outputCellPaint } from './cellStyle';
import type { FigureLayout } from './layout';
import { numberSizes } from './numberSizes';
import { cellPoints, round } from './projection';
import type { DiagramNumbers } from './values';

interface OutputPlaneProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
}

/** The whole output map, visible from the first frame as in the paper; static across frames. */
export const OutputPlane = memo(function OutputPlane({ diagram, layout, theme }: OutputPlaneProps) {
  const paint = outputCellPaint(theme);
  const cells = [];
  for (let row = 0; row < diagram.output.rows; row++) {
    for (let col = 0; col < diagram.output.cols; col++) {
      cells.push(
        <polygon
          key={`${row},${col}`}
          points={cellPoints(layout.output, row, col)}
          fill={paint.fill}
          stroke={paint.stroke}
          strokeWidth={paint.strokeWidth}
          strokeLinejoin="round"
          data-plane="output"
          data-row={row}
          data-col={col}
        />,
      );
    }
  }
  return <g data-layer="output">{cells}</g>;
});

interface ValuesProps {
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers;
}

/** The computed output, to one decimal as the paper prints it, above the current cell's shade. */
export const OutputValues = memo(function OutputValues({ layout, theme, numbers }: ValuesProps) {
  return (
    <g
      data-layer="output-values"
      fontFamily={theme.font.family}
      fontSize={round(numberSizes(layout.unit, numbers).output)}
      fill={theme.colors.valueText}
      textAnchor="middle"
      dominantBaseline="central"
      pointerEvents="none"
    >
      {numbers.output.map((values, row) =>
        values.map((value, col) => {
          const [x, y] = layout.output(row + 0.5, col + 0.5);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by position
            <text key={`${row},${col}`} x={round(x)} y={round(y)}>
              {formatOutput(value)}
            </text>
          );
        }),
      )}
    </g>
  );
});
