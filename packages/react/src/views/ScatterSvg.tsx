import type { Pair } from '@conv-arithmetic/core';
import { scatterDiagram } from '@conv-arithmetic/core/matrix';
import { memo, useMemo } from 'react';
import type { FigureModel } from '../figure/model';
import { formatValue } from '../svg/cellStyle';
import { round } from '../svg/projection';
import type { DiagramNumbers } from '../svg/values';
import type { ConvTheme } from '../theme/tokens';
import type { FigureOrder } from './kind';
import { Caption, ViewPicture } from './ViewPicture';
import type { Lit, ViewCell } from './viewLit';
import { inputValue, weightLabel, weightValue } from './weights';

export interface ScatterSvgProps {
  model: FigureModel;
  frame: number;
  theme: ConvTheme;
  /** What a frame is: an input cell (`scatter`, default) or an output cell (`gather`). */
  order?: FigureOrder | undefined;
  cellSize?: number | undefined;
  labels?: boolean | undefined;
  title: string;
  description?: string | undefined;
  /** Cells lit by a hover or focus here or in a synchronised view. */
  lit?: Lit | null | undefined;
  onHover?: ((cell: ViewCell | null) => void) | undefined;
}

const MARGIN = 14;

/** Per output cell (row-major), the stamps that reach it: source index (frame) and weight. */
function arrivalTable(model: FigureModel) {
  const scatter = scatterDiagram(model.spec);
  const { rows, cols } = scatter.output;
  const table: { frame: number; input: Pair; kernel: Pair }[][] = [];
  let most = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const list = scatter.arrivals(r, c).map(({ input, kernel }) => ({
        frame: scatter.frameAt(input[0], input[1]),
        input,
        kernel,
      }));
      most = Math.max(most, list.length);
      table.push(list);
    }
  }
  return { scatter, table, most };
}

type Table = ReturnType<typeof arrivalTable>;

interface Geometry {
  unit: number;
  input: Pair;
  kernel: Pair;
  output: Pair;
  width: number;
  height: number;
  label: number;
}

export function scatterGeometry(
  model: FigureModel,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
): Geometry {
  const { source, kernel, output } = model.diagram;
  const label = labels ? theme.font.labelSize * 1.6 : 0;
  const top = MARGIN + label;
  const kernelTop = top + (source.rows + 0.6) * unit + label;
  const outputLeft = MARGIN + (source.cols + 1.5) * unit;
  const bottom = Math.max(kernelTop + kernel.rows * unit, top + output.rows * unit);
  return {
    unit,
    input: [MARGIN, top],
    kernel: [MARGIN, kernelTop],
    output: [outputLeft, top],
    // Whole pixels: a rasteriser rounds a fractional size, and every frame must match the first.
    width: Math.ceil(
      outputLeft + Math.max(output.cols * unit, labels ? theme.font.labelSize * 9 : 0) + MARGIN,
    ),
    height: Math.ceil(bottom + MARGIN),
    label,
  };
}

const cellRect = (origin: Pair, unit: number, row: number, col: number) => ({
  x: round(origin[0] + col * unit),
  y: round(origin[1] + row * unit),
  width: round(unit),
  height: round(unit),
});

/** The input grid (values printed) and the kernel (weights printed): static across frames. */
const Sources = memo(function Sources(props: {
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
const Overlap = memo(function Overlap(props: {
  model: FigureModel;
  table: Table;
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

/** Which output cells have received every stamp so far, and their running sums. */
function progress(table: Table, frame: number, order: FigureOrder, numbers: DiagramNumbers | null) {
  return table.table.map((list, index) => {
    const arrived =
      order === 'gather' ? (index <= frame ? list : []) : list.filter((s) => s.frame <= frame);
    let sum = 0;
    if (numbers) {
      for (const s of arrived) sum += inputValue(numbers, s.input) * weightValue(numbers, s.kernel);
    }
    return { reached: arrived.length > 0 || (order === 'gather' && index <= frame), sum };
  });
}

/**
 * The scatter (overlap-add) view of a transposed convolution: each frame an input cell stamps
 * the kernel, scaled by its value, onto the output; the output accumulates (running sums with
 * values) and the shade shows how many stamps reach each cell.
 *
 * @example
 * <ScatterSvg model={createFigureModel('transposed', { input: 3, kernel: 3, stride: 2, view: 'scatter' })} frame={0} theme={classicTheme} title="Scatter" />
 */
export function ScatterSvg(props: ScatterSvgProps) {
  const { model, frame, theme, title, description, lit } = props;
  const order = props.order ?? 'scatter';
  const labels = props.labels ?? true;
  const unit = props.cellSize ?? theme.cellSize;
  const { numbers } = model;
  const { output } = model.diagram;
  const table = useMemo(() => arrivalTable(model), [model]);
  const g = useMemo(
    () => scatterGeometry(model, unit, labels, theme),
    [model, unit, labels, theme],
  );
  const state = progress(table, frame, order, numbers);

  const outputs = state.map(({ reached, sum }, index) => {
    const row = Math.floor(index / output.cols);
    const col = index % output.cols;
    return (
      <OutputCell
        key={`${row},${col}`}
        row={row}
        col={col}
        g={g}
        theme={theme}
        reached={reached}
        sum={numbers && reached ? sum : null}
      />
    );
  });

  // The frame's moving part: a stamp (scatter order) or the stamps reaching a cell (gather).
  const marks = [];
  const outline = {
    fill: theme.colors.shade,
    fillOpacity: theme.colors.shadeOpacity,
    stroke: theme.colors.grid,
    strokeWidth: theme.stroke.thick * 1.5,
  };
  if (order === 'scatter') {
    const current = table.scatter.frame(frame);
    marks.push(
      <rect
        key="in"
        {...cellRect(g.input, g.unit, current.input[0], current.input[1])}
        {...outline}
        data-part="current-input"
      />,
    );
    // Positional keys: a step moves the stamp's marks rather than replacing them.
    for (const [k, stamp] of current.stamps.entries()) {
      const box = cellRect(g.output, g.unit, stamp.output[0], stamp.output[1]);
      const term = numbers
        ? `+${formatValue(inputValue(numbers, current.input) * weightValue(numbers, stamp.kernel))}`
        : weightLabel(stamp.kernel, null);
      marks.push(
        <g key={`s${k}`} data-part="stamp">
          <rect {...box} {...outline} fillOpacity={0} />
          <text
            x={round(box.x + 3)}
            y={round(box.y + g.unit * 0.22)}
            fontSize={round(g.unit * 0.24)}
            fontWeight={700}
            fill={theme.colors.text}
          >
            {term}
          </text>
        </g>,
      );
    }
  } else {
    const cell = model.diagram.frame(frame).output;
    marks.push(
      <rect
        key="out"
        {...cellRect(g.output, g.unit, cell[0], cell[1])}
        {...outline}
        fillOpacity={0}
        data-part="current-output"
      />,
    );
    for (const [k, arrival] of (table.table[frame] ?? []).entries()) {
      marks.push(
        <rect
          key={`a${k}`}
          {...cellRect(g.input, g.unit, arrival.input[0], arrival.input[1])}
          {...outline}
          data-part="arriving-input"
        />,
      );
    }
  }

  const highlight = lit && (
    <g
      data-layer="highlight"
      fill={theme.colors.highlight}
      fillOpacity={0.25}
      stroke={theme.colors.highlight}
      strokeWidth={theme.stroke.thick * 1.6}
      pointerEvents="none"
    >
      {lit.inputs.map(([r, c]) => (
        <rect key={`i${r},${c}`} {...cellRect(g.input, g.unit, r, c)} data-part="lit-input" />
      ))}
      {lit.outputs.map(([r, c]) => (
        <rect key={`o${r},${c}`} {...cellRect(g.output, g.unit, r, c)} data-part="lit-output" />
      ))}
    </g>
  );

  return (
    <ViewPicture
      view="scatter"
      frame={frame}
      width={g.width}
      height={g.height}
      theme={theme}
      title={title}
      description={description}
      onHover={props.onHover}
    >
      <Sources model={model} g={g} theme={theme} />
      <g
        data-layer="output"
        fontFamily={theme.font.family}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {outputs}
      </g>
      <Overlap model={model} table={table} g={g} theme={theme} />
      <g data-layer="frame" pointerEvents="none" fontFamily={theme.font.family}>
        {marks}
      </g>
      {highlight}
      {labels && (
        <>
          <Caption x={g.input[0]} y={g.input[1] - g.label * 0.35} theme={theme}>
            input
          </Caption>
          <Caption x={g.kernel[0]} y={g.kernel[1] - g.label * 0.35} theme={theme}>
            kernel
          </Caption>
          <Caption x={g.output[0]} y={g.output[1] - g.label * 0.35} theme={theme}>
            {table.most > 1 ? 'output (shade: overlap)' : 'output'}
          </Caption>
        </>
      )}
    </ViewPicture>
  );
}
