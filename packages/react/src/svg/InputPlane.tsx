import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { formatValue, inputCellPaint } from './cellStyle';
import type { FigureLayout } from './layout';
import { NUMBER_PLACES, numberSizes } from './numberSizes';
import { cellPoints, round } from './projection';
import { type DiagramNumbers, drawnValue } from './values';

interface InputPlaneProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
}

/**
 * The drawn input grid: real cells, padding and inserted zeros. It never changes between frames,
 * so stepping re-renders none of it.
 */
export const InputPlane = memo(function InputPlane({ diagram, layout, theme }: InputPlaneProps) {
  const cells = [];
  for (let row = 0; row < diagram.input.rows; row++) {
    for (let col = 0; col < diagram.input.cols; col++) {
      const kind = diagram.cell(row, col).kind;
      const paint = inputCellPaint(kind, theme);
      cells.push(
        <polygon
          key={`${row},${col}`}
          points={cellPoints(layout.input, row, col)}
          fill={paint.fill}
          stroke={paint.stroke}
          strokeWidth={paint.strokeWidth}
          strokeDasharray={paint.strokeDasharray}
          strokeLinejoin="round"
          data-plane="input"
          data-kind={kind}
          data-row={row}
          data-col={col}
        />,
      );
    }
  }
  return <g data-layer="input">{cells}</g>;
});

interface ValuesProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers;
}

/**
 * The input plane's numbers (0 in padding and inserted cells), above the kernel window's shade,
 * a little above the middle of each cell so the weights fit under them.
 */
export const InputValues = memo(function InputValues({
  diagram,
  layout,
  theme,
  numbers,
}: ValuesProps) {
  const [down, across] = NUMBER_PLACES.input;
  const texts = [];
  for (let row = 0; row < diagram.input.rows; row++) {
    for (let col = 0; col < diagram.input.cols; col++) {
      const [x, y] = layout.input(row + down, col + across);
      const isInput = diagram.cell(row, col).kind === 'input';
      texts.push(
        <text
          key={`${row},${col}`}
          x={round(x)}
          y={round(y)}
          fill={isInput ? theme.colors.valueText : theme.colors.text}
        >
          {formatValue(drawnValue(diagram, numbers, row, col))}
        </text>,
      );
    }
  }
  return (
    <g
      data-layer="input-values"
      fontFamily={theme.font.family}
      fontSize={round(numberSizes(layout.unit, numbers).input)}
      textAnchor="middle"
      dominantBaseline="central"
      pointerEvents="none"
    >
      {texts}
    </g>
  );
});
