import type { Diagram } from '@conv-arithmetic/core';
import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import type { FigureLayout } from './layout';
import { round } from './projection';

/**
 * In a picture without numbers, each padding cell of a reflect, replicate or circular padding
 * names the input cell it copies ("2,3": row 2, column 3, counted from 1, as the live region
 * counts): the mode's rule, readable cell by cell.
 */
export const PaddingSources = memo(function PaddingSources({
  diagram,
  layout,
  theme,
}: {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
}) {
  const texts = [];
  for (let row = 0; row < diagram.input.rows; row++) {
    for (let col = 0; col < diagram.input.cols; col++) {
      const cell = diagram.cell(row, col);
      if (cell.kind !== 'padding' || !cell.source) continue;
      const [x, y] = layout.input(row + 0.5, col + 0.5);
      texts.push(
        <text key={`${row},${col}`} x={round(x)} y={round(y)}>
          {`${cell.source[0] + 1},${cell.source[1] + 1}`}
        </text>,
      );
    }
  }
  return (
    <g
      data-layer="padding-sources"
      fontFamily={theme.font.family}
      fontSize={round(layout.unit * 0.3)}
      fill={theme.colors.text}
      textAnchor="middle"
      dominantBaseline="central"
      pointerEvents="none"
    >
      {texts}
    </g>
  );
});
