import type { SparseMatrix } from '@conv-arithmetic/core/matrix';
import { memo } from 'react';
import type { FigureModel } from '../figure/model';
import { formatValue } from '../svg/cellStyle';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { MatrixGeometry } from './matrixGeometry';
import { Caption } from './ViewPicture';
import { weightLabel } from './weights';

// The matrix view's parts that a step leaves alone, memoised on what they draw from.

type Geometry = MatrixGeometry;

/** y, the matrix with its non-zero entries labelled, and x: static across frames. */
export const MatrixGrid = memo(function MatrixGrid(props: {
  model: FigureModel;
  matrix: SparseMatrix;
  g: Geometry;
  theme: ConvTheme;
}) {
  const { model, matrix, g, theme } = props;
  const { unit, top } = g;
  const { numbers, diagram } = model;
  const { colors, stroke } = theme;
  const lines = [];
  const right = g.m + matrix.cols * unit;
  const bottom = top + matrix.rows * unit;
  for (let r = 0; r <= matrix.rows; r++) {
    const y = round(top + r * unit);
    lines.push(`M${round(g.m)} ${y}H${round(right)}`);
  }
  for (let c = 0; c <= matrix.cols; c++) {
    const x = round(g.m + c * unit);
    lines.push(`M${x} ${round(top)}V${round(bottom)}`);
  }
  const vector = (left: number, count: number, plane: 'input' | 'output', width: number) => {
    const cells = [];
    for (let i = 0; i < count; i++) {
      const row = Math.floor(i / width);
      const col = i % width;
      const value = numbers && (plane === 'input' ? numbers.input : numbers.output)[row]?.[col];
      cells.push(
        <rect
          key={`${plane}${i}`}
          x={round(left)}
          y={round(top + i * unit)}
          width={round(unit)}
          height={round(unit)}
          fill={plane === 'input' ? colors.input : colors.output}
          stroke={colors.grid}
          strokeWidth={stroke.thick}
          data-plane={plane}
          data-row={row}
          data-col={col}
        />,
      );
      if (value !== undefined && value !== null) {
        cells.push(
          <text
            key={`${plane}v${i}`}
            x={round(left + unit / 2)}
            y={round(top + (i + 0.5) * unit)}
            fill={colors.valueText}
            pointerEvents="none"
          >
            {formatValue(value)}
          </text>,
        );
      }
    }
    return cells;
  };
  return (
    <g
      data-layer="matrix"
      fontFamily={theme.font.family}
      fontSize={round(unit * 0.34)}
      textAnchor="middle"
      dominantBaseline="central"
    >
      <rect
        x={round(g.m)}
        y={round(top)}
        width={round(right - g.m)}
        height={round(bottom - top)}
        fill={colors.background}
      />
      {matrix.entries.map(({ row, col, kernel }) => (
        <g key={`${row},${col}`} data-part="entry">
          <rect
            x={round(g.m + col * unit)}
            y={round(top + row * unit)}
            width={round(unit)}
            height={round(unit)}
            fill={colors.inserted}
          />
          <text
            x={round(g.m + (col + 0.5) * unit)}
            y={round(top + (row + 0.5) * unit)}
            fill={colors.text}
          >
            {weightLabel(kernel, numbers)}
          </text>
        </g>
      ))}
      <path d={lines.join('')} stroke={colors.grid} strokeWidth={stroke.thin} fill="none" />
      <rect
        x={round(g.m)}
        y={round(top)}
        width={round(right - g.m)}
        height={round(bottom - top)}
        fill="none"
        stroke={colors.grid}
        strokeWidth={stroke.thick}
      />
      {vector(g.y, matrix.rows, 'output', diagram.output.cols)}
      {vector(g.x, matrix.cols, 'input', diagram.source.cols)}
      <text x={round(g.y + unit * 1.5)} y={round(top + unit / 2)} fill={colors.text}>
        =
      </text>
      <text x={round(right + unit / 2)} y={round(top + unit / 2)} fill={colors.text}>
        ·
      </text>
    </g>
  );
});

/** The names of y, the matrix and x. */
export const MatrixCaptions = memo(function MatrixCaptions(props: {
  g: Geometry;
  theme: ConvTheme;
  name: string;
}) {
  const { g, theme } = props;
  return (
    <>
      <Caption x={g.y} y={g.top - g.label * 0.35} theme={theme}>
        y
      </Caption>
      <Caption x={g.m} y={g.top - g.label * 0.35} theme={theme}>
        {props.name}
      </Caption>
      <Caption x={g.x} y={g.top - g.label * 0.35} theme={theme}>
        x
      </Caption>
    </>
  );
});
