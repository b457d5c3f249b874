import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { formatValue, inputCellPaint } from './cellStyle';
import type { FigureLayout } from './layout';
import { cellPoints, round } from './projection';
import { type DiagramNumbers, drawnValue } from './values';

interface InputPlaneProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers | null;
}

/**
 * The drawn input grid: real cells, padding and inserted zeros. It never changes between frames,
 * so stepping re-renders none of it.
 */
export const InputPlane = memo(function InputPlane({
  diagram,
  layout,
  theme,
  numbers,
}: InputPlaneProps) {
  const cells = [];
  const texts = [];
  const fontSize = round(layout.unit * 0.42);
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
      if (numbers) {
        const [x, y] = layout.input(row + 0.5, col + 0.5);
        texts.push(
          <text
            key={`${row},${col}`}
            x={round(x)}
            y={round(y)}
            fill={kind === 'input' ? theme.colors.valueText : theme.colors.text}
            fontSize={fontSize}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {formatValue(drawnValue(diagram, numbers, row, col))}
          </text>,
        );
      }
    }
  }
  return (
    <g data-layer="input">
      {cells}
      {texts.length > 0 && (
        <g fontFamily={theme.font.family} pointerEvents="none">
          {texts}
        </g>
      )}
    </g>
  );
});
