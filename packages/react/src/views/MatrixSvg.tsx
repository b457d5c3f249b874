import { convMatrix, type SparseMatrix, transposedConvMatrix } from '@conv-arithmetic/core/matrix';
import { memo, useMemo } from 'react';
import type { FigureModel } from '../figure/model';
import { formatValue } from '../svg/cellStyle';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import type { FigureOrder } from './kind';
import { Caption, ViewPicture } from './ViewPicture';
import type { Lit, ViewCell } from './viewLit';
import { weightLabel } from './weights';

export interface MatrixSvgProps {
  model: FigureModel;
  frame: number;
  theme: ConvTheme;
  /** What a frame is: an output cell, a row (`gather`, default), or an input cell, a column. */
  order?: FigureOrder | undefined;
  cellSize?: number | undefined;
  labels?: boolean | undefined;
  title: string;
  description?: string | undefined;
  lit?: Lit | null | undefined;
  onHover?: ((cell: ViewCell | null) => void) | undefined;
}

const MARGIN = 14;

/** The matrix of the model's convolution: C for a direct one, M (= Cᵀ) for a transposed one. */
export const matrixOf = (model: FigureModel): SparseMatrix =>
  model.diagram.kind === 'transposed' ? transposedConvMatrix(model.spec) : convMatrix(model.spec);

interface Geometry {
  unit: number;
  /** Left edges of the y vector, the matrix and the x vector; their common top. */
  y: number;
  m: number;
  x: number;
  top: number;
  width: number;
  height: number;
  label: number;
}

export function matrixGeometry(
  matrix: SparseMatrix,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
): Geometry {
  const label = labels ? theme.font.labelSize * 1.6 : 0;
  const top = MARGIN + label;
  const y = MARGIN;
  const m = y + unit * 2;
  const x = m + matrix.cols * unit + unit;
  return {
    unit,
    y,
    m,
    x,
    top,
    // Whole pixels: a rasteriser rounds a fractional size, and every frame must match the first.
    width: Math.ceil(x + unit + MARGIN),
    height: Math.ceil(top + Math.max(matrix.rows, matrix.cols) * unit + MARGIN),
    label,
  };
}

/** y, the matrix with its non-zero entries labelled, and x: static across frames. */
const MatrixGrid = memo(function MatrixGrid(props: {
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

/**
 * The matrix view: y = C·x (or y = M·x for a transposed convolution) with x the flattened input
 * and y the flattened output, each non-zero entry labelled by its kernel weight. A frame lights
 * one row (an output cell, `gather`) or one column (an input cell, `scatter`).
 *
 * @example
 * <MatrixSvg model={createFigureModel('conv', { input: 4, kernel: 3, view: 'matrix' })} frame={0} theme={classicTheme} title="C" />
 */
export function MatrixSvg(props: MatrixSvgProps) {
  const { model, frame, theme, title, description, lit } = props;
  const order = props.order ?? 'gather';
  const labels = props.labels ?? true;
  const unit = props.cellSize ?? theme.cellSize;
  const matrix = useMemo(() => matrixOf(model), [model]);
  const g = useMemo(
    () => matrixGeometry(matrix, unit, labels, theme),
    [matrix, unit, labels, theme],
  );
  const { colors, stroke } = theme;
  const sourceCols = model.diagram.source.cols;
  const outputCols = model.diagram.output.cols;

  const band =
    order === 'gather'
      ? { x: g.m, y: g.top + frame * unit, width: matrix.cols * unit, height: unit }
      : { x: g.m + frame * unit, y: g.top, width: unit, height: matrix.rows * unit };
  // The other vector's cells this row (column) reaches.
  const partners = (
    order === 'gather'
      ? matrix.entries.filter((e) => e.row === frame).map((e) => e.col)
      : matrix.entries.filter((e) => e.col === frame).map((e) => e.row)
  ).map((i, k) => (
    <rect
      // biome-ignore lint/suspicious/noArrayIndexKey: positional, so a step moves the marks
      key={k}
      x={round(order === 'gather' ? g.x : g.y)}
      y={round(g.top + i * unit)}
      width={round(unit)}
      height={round(unit)}
      data-part="partner"
    />
  ));
  const own = (
    <rect
      x={round(order === 'gather' ? g.y : g.x)}
      y={round(g.top + frame * unit)}
      width={round(unit)}
      height={round(unit)}
      data-part={order === 'gather' ? 'current-output' : 'current-input'}
    />
  );
  const litCells = lit && [
    ...lit.outputs.map(([r, c]) => ({ left: g.y, index: r * outputCols + c, key: `o${r},${c}` })),
    ...lit.inputs.map(([r, c]) => ({ left: g.x, index: r * sourceCols + c, key: `i${r},${c}` })),
  ];
  return (
    <ViewPicture
      view="matrix"
      frame={frame}
      width={g.width}
      height={g.height}
      theme={theme}
      title={title}
      description={description}
      onHover={props.onHover}
    >
      <MatrixGrid model={model} matrix={matrix} g={g} theme={theme} />
      <g data-layer="frame" pointerEvents="none">
        <rect
          x={round(band.x)}
          y={round(band.y)}
          width={round(band.width)}
          height={round(band.height)}
          fill={colors.shade}
          fillOpacity={colors.shadeOpacity}
          stroke={colors.grid}
          strokeWidth={stroke.thick * 1.5}
          data-part={order === 'gather' ? 'current-row' : 'current-column'}
          data-index={frame}
        />
        <g
          fill={colors.shade}
          fillOpacity={colors.shadeOpacity}
          stroke={colors.grid}
          strokeWidth={stroke.thick * 1.5}
        >
          {own}
          {partners}
        </g>
      </g>
      {litCells && (
        <g
          data-layer="highlight"
          fill={colors.highlight}
          fillOpacity={0.25}
          stroke={colors.highlight}
          strokeWidth={stroke.thick * 1.6}
          pointerEvents="none"
        >
          {litCells.map((cell) => (
            <rect
              key={cell.key}
              x={round(cell.left)}
              y={round(g.top + cell.index * unit)}
              width={round(unit)}
              height={round(unit)}
              data-part={cell.key.startsWith('o') ? 'lit-output' : 'lit-input'}
            />
          ))}
        </g>
      )}
      {labels && (
        <>
          <Caption x={g.y} y={g.top - g.label * 0.35} theme={theme}>
            y
          </Caption>
          <Caption x={g.m} y={g.top - g.label * 0.35} theme={theme}>
            {model.diagram.kind === 'transposed' ? 'M' : 'C'}
          </Caption>
          <Caption x={g.x} y={g.top - g.label * 0.35} theme={theme}>
            x
          </Caption>
        </>
      )}
    </ViewPicture>
  );
}
