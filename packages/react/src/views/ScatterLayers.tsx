import { memo, type ReactElement, useRef } from 'react';
import type { FigureModel } from '../figure/model';
import { formatValue } from '../svg/cellStyle';
import { round } from '../svg/projection';
import type { DiagramNumbers } from '../svg/values';
import type { ConvTheme } from '../theme/tokens';
import type { FigureOrder } from './kind';
import {
  type Arrival,
  type ArrivalTable,
  cellRect,
  outputState,
  type ScatterGeometry,
} from './scatterScene';
import { Caption } from './ViewPicture';
import { inputValue, weightLabel } from './weights';

// The scatter view's parts that a step leaves alone, each memoised on what it draws from: the
// input and kernel grids, the overlap shade, the captions, and the output row by row (a step
// re-renders the rows its stamp reaches, not the whole output).

type Geometry = ScatterGeometry;

/** The input grid (values printed) and the kernel (weights printed): static across frames. */
export const ScatterSources = memo(function ScatterSources(props: {
  model: FigureModel;
  g: Geometry;
  theme: ConvTheme;
}) {
  const { model, g, theme } = props;
  const { source, kernel } = model.diagram;
  const { numbers } = model;
  const cells = [];
  const size = round(g.unit * 0.4);
  for (let row = 0; row < source.rows; row++) {
    for (let col = 0; col < source.cols; col++) {
      const box = cellRect(g.input, g.unit, row, col);
      cells.push(
        <rect
          key={`i${row},${col}`}
          {...box}
          fill={theme.colors.input}
          stroke={theme.colors.grid}
          strokeWidth={theme.stroke.thick}
          data-plane="input"
          data-row={row}
          data-col={col}
        />,
      );
      if (numbers) {
        cells.push(
          <text
            key={`v${row},${col}`}
            x={round(box.x + g.unit / 2)}
            y={round(box.y + g.unit / 2)}
            fontSize={size}
            fill={theme.colors.valueText}
            pointerEvents="none"
          >
            {formatValue(inputValue(numbers, [row, col]))}
          </text>,
        );
      }
    }
  }
  for (let a = 0; a < kernel.rows; a++) {
    for (let b = 0; b < kernel.cols; b++) {
      const box = cellRect(g.kernel, g.unit, a, b);
      cells.push(
        <rect
          key={`k${a},${b}`}
          {...box}
          fill={theme.colors.inserted}
          stroke={theme.colors.grid}
          strokeWidth={theme.stroke.thin}
        />,
        <text
          key={`w${a},${b}`}
          x={round(box.x + g.unit / 2)}
          y={round(box.y + g.unit / 2)}
          fontSize={round(g.unit * 0.32)}
          fill={theme.colors.text}
        >
          {weightLabel([a, b], numbers)}
        </text>,
      );
    }
  }
  return (
    <g
      data-layer="sources"
      fontFamily={theme.font.family}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {cells}
    </g>
  );
});

/** How many stamps reach each output cell, as shade: the checkerboard of uneven overlap. */
export const ScatterOverlap = memo(function ScatterOverlap(props: {
  model: FigureModel;
  table: ArrivalTable;
  g: Geometry;
  theme: ConvTheme;
}) {
  const { model, table, g, theme } = props;
  const { cols } = model.diagram.output;
  if (table.most <= 1) return null;
  return (
    <g data-layer="overlap" pointerEvents="none" fontFamily={theme.font.family}>
      {table.table.map((list, index) => {
        const row = Math.floor(index / cols);
        const col = index % cols;
        const box = cellRect(g.output, g.unit, row, col);
        return (
          <g key={`${row},${col}`} data-overlap={list.length}>
            <rect
              {...box}
              fill={theme.colors.shade}
              fillOpacity={round((theme.colors.shadeOpacity * list.length) / table.most)}
            />
            <text
              x={round(box.x + g.unit - 2)}
              y={round(box.y + g.unit - 3)}
              fontSize={round(g.unit * 0.24)}
              textAnchor="end"
              fill={theme.colors.text}
            >
              ×{list.length}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/**
 * One output cell: filled once a stamp has reached it, with its running sum when values are
 * shown. Memoised: a step re-draws only the cells whose sum or state changed.
 */
const OutputCell = memo(function OutputCell(props: {
  row: number;
  col: number;
  g: Geometry;
  theme: ConvTheme;
  reached: boolean;
  sum: number | null;
}) {
  const { row, col, g, theme, reached, sum } = props;
  const box = cellRect(g.output, g.unit, row, col);
  return (
    <g>
      <rect
        {...box}
        fill={reached ? theme.colors.output : theme.colors.padding}
        stroke={theme.colors.grid}
        strokeWidth={theme.stroke.thick}
        data-plane="output"
        data-row={row}
        data-col={col}
        data-reached={reached}
      />
      {sum !== null && (
        <text
          x={round(box.x + g.unit / 2)}
          y={round(box.y + g.unit / 2)}
          fontSize={round(g.unit * 0.36)}
          fill={theme.colors.valueText}
          pointerEvents="none"
        >
          {formatValue(sum)}
        </text>
      )}
    </g>
  );
});

/**
 * One row of the output as it stands at frame `version`: the row's latest change up to the frame
 * shown (scatterScene's rowVersion), so a step that leaves the row alone skips it.
 */
export const ScatterOutputRow = memo(function ScatterOutputRow(props: {
  row: number;
  version: number;
  /** The stamps reaching each cell of the whole output, row-major. */
  table: readonly Arrival[][];
  cols: number;
  order: FigureOrder;
  numbers: DiagramNumbers | null;
  g: Geometry;
  theme: ConvTheme;
}) {
  const { row, version, table, cols, order, numbers, g, theme } = props;
  // A cell whose state did not change keeps its element: React then skips it without comparing
  // its props (a step redraws a few cells of a row). Made anew when what they draw with changes.
  const made = useRef<{
    inputs: readonly unknown[];
    cells: ReactElement[];
    reached: boolean[];
    sums: (number | null)[];
  }>(null);
  const inputs = [g, theme, numbers, order, cols, table];
  if (!made.current || made.current.inputs.some((input, i) => input !== inputs[i])) {
    made.current = { inputs, cells: [], reached: [], sums: [] };
  }
  const { cells, reached: wasReached, sums } = made.current;
  for (let col = 0; col < cols; col++) {
    const index = row * cols + col;
    const { reached, sum } = outputState(table[index] ?? [], index, version, order, numbers);
    const shown = numbers && reached ? sum : null;
    if (cells[col] && wasReached[col] === reached && sums[col] === shown) continue;
    wasReached[col] = reached;
    sums[col] = shown;
    cells[col] = (
      <OutputCell
        key={`${row},${col}`}
        row={row}
        col={col}
        g={g}
        theme={theme}
        reached={reached}
        sum={shown}
      />
    );
  }
  return cells;
});

/** The grids' names. */
export const ScatterCaptions = memo(function ScatterCaptions(props: {
  g: Geometry;
  theme: ConvTheme;
  overlap: boolean;
}) {
  const { g, theme } = props;
  return (
    <>
      <Caption x={g.input[0]} y={g.input[1] - g.label * 0.35} theme={theme}>
        input
      </Caption>
      <Caption x={g.kernel[0]} y={g.kernel[1] - g.label * 0.35} theme={theme}>
        kernel
      </Caption>
      <Caption x={g.output[0]} y={g.output[1] - g.label * 0.35} theme={theme}>
        {props.overlap ? 'output (shade: overlap)' : 'output'}
      </Caption>
    </>
  );
});
