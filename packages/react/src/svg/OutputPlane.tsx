import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { outputCellPaint } from './cellStyle';
import type { FigureLayout } from './layout';
import { cellPoints, round } from './projection';
import type { DiagramNumbers } from './values';

interface OutputPlaneProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers | null;
}

/** The whole output map, visible from the first frame as in the paper; static across frames. */
export const OutputPlane = memo(function OutputPlane({
  diagram,
  layout,
  theme,
  numbers,
}: OutputPlaneProps) {
  const paint = outputCellPaint(theme);
  const cells = [];
  const texts = [];
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
      const value = numbers?.output[row]?.[col];
      if (value !== undefined) {
        const [x, y] = layout.output(row + 0.5, col + 0.5);
        texts.push(
          <text
            key={`${row},${col}`}
            x={round(x)}
            y={round(y)}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {value.toFixed(1)}
          </text>,
        );
      }
    }
  }
  return (
    <g data-layer="output">
      {cells}
      {texts.length > 0 && (
        <g
          fontFamily={theme.font.family}
          fontSize={round(layout.unit * 0.32)}
          fill={theme.colors.valueText}
          pointerEvents="none"
        >
          {texts}
        </g>
      )}
    </g>
  );
});
