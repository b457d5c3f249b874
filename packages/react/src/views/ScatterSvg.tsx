import type { Pair } from '@conv-arithmetic/core';
import type { ScatterFrame } from '@conv-arithmetic/core/matrix';
import { memo, type SVGProps, useMemo } from 'react';
import type { FigureModel } from '../figure/model';
import { drawAt, type FrameSource, mapFrames, WithFrame } from '../frameSource';
import { formatValue } from '../svg/cellStyle';
import { frameOutput } from '../svg/frameOutput';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import { useStableSubtree } from '../useStableSubtree';
import type { FigureOrder } from './kind';
import { ScatterCaptions, ScatterOutputRow, ScatterOverlap, ScatterSources } from './ScatterLayers';
import {
  type ArrivalTable,
  arrivalTable,
  cellRect,
  rowChanges,
  rowVersion,
  type ScatterGeometry,
  scatterGeometry,
} from './scatterScene';
import { useKept } from './useKept';
import { ViewPicture } from './ViewPicture';
import type { Lit, ViewCell } from './viewLit';
import { inputValue, weightLabel, weightValue } from './weights';

export { scatterGeometry } from './scatterScene';

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
  /**
   * The figure's frame, when it changes without re-rendering the view (the explainer): the stamp,
   * the output rows a step changes and `data-frame` follow it; `frame` is only the first drawn.
   */
  frames?: FrameSource | undefined;
}

/** One mark of the stamp, where it lands relative to the stamp's origin, and its term. */
const StampMark = memo(function StampMark(props: {
  x: number;
  y: number;
  textX: number;
  textY: number;
  unit: number;
  term: string;
  theme: ConvTheme;
}) {
  const { unit, theme } = props;
  return (
    <g data-part="stamp">
      <rect
        x={props.x}
        y={props.y}
        width={round(unit)}
        height={round(unit)}
        fill={theme.colors.shade}
        fillOpacity={0}
        stroke={theme.colors.grid}
        strokeWidth={theme.stroke.thick * 1.5}
      />
      <text
        x={props.textX}
        y={props.textY}
        fontSize={round(unit * 0.24)}
        fontWeight={700}
        fill={theme.colors.text}
      >
        {props.term}
      </text>
    </g>
  );
});

/**
 * The outline of an input cell whose stamp reaches the frame's output cell; without a cell
 * (the output cell receives fewer stamps) hidden where it last was, so nothing else changes.
 */
function ArrivalOutline(props: {
  cell: Pair | undefined;
  g: ScatterGeometry;
  outline: SVGProps<SVGRectElement>;
}) {
  const { cell, g } = props;
  const [row, col] = useKept(cell, [0, 0]);
  return (
    <rect
      {...cellRect(g.input, g.unit, row, col)}
      {...props.outline}
      display={cell ? undefined : 'none'}
      data-part="arriving-input"
    />
  );
}

/**
 * Where the stamp of a scatter frame goes: the output spot of its input cell (r·s, c·s), and each
 * mark's offset from it with its term. From one input cell to the next the offsets stay, so a
 * step rewrites the group's transform, not each mark. Offsets are differences of rounded
 * positions: each mark lands where it would on its own (to float rounding).
 */
function placeStamp(model: FigureModel, g: ScatterGeometry, current: ScatterFrame) {
  const { numbers, diagram } = model;
  const [r, c] = current.input;
  const origin = cellRect(g.output, g.unit, r * diagram.spacing[0], c * diagram.spacing[1]);
  const drawn: (string | number)[] = []; // every mark's fields in order, for useStableSubtree
  const marks = current.stamps.map((stamp) => {
    const box = cellRect(g.output, g.unit, stamp.output[0], stamp.output[1]);
    const mark = {
      key: `${stamp.kernel[0]},${stamp.kernel[1]}`,
      x: round(box.x - origin.x),
      y: round(box.y - origin.y),
      textX: round(round(box.x + 3) - origin.x),
      textY: round(round(box.y + g.unit * 0.22) - origin.y),
      term: numbers
        ? `+${formatValue(inputValue(numbers, current.input) * weightValue(numbers, stamp.kernel))}`
        : weightLabel(stamp.kernel, null),
    };
    drawn.push(mark.key, mark.x, mark.y, mark.textX, mark.textY, mark.term);
    return mark;
  });
  return { origin, marks, drawn };
}

/** The frame's moving part: a stamp (scatter order) or the stamps reaching a cell (gather). */
const ScatterMarks = memo(function ScatterMarks(props: {
  model: FigureModel;
  table: ArrivalTable;
  frame: number;
  order: FigureOrder;
  g: ScatterGeometry;
  theme: ConvTheme;
}) {
  const { model, table, frame, order, g, theme } = props;
  const marks = [];
  const outline = {
    fill: theme.colors.shade,
    fillOpacity: theme.colors.shadeOpacity,
    stroke: theme.colors.grid,
    strokeWidth: theme.stroke.thick * 1.5,
  };
  const current = order === 'scatter' ? table.scatter.frame(frame) : null;
  const stamp = current && placeStamp(model, g, current);
  // Inside the stamp nothing changes between most steps: the same marks, offsets and terms
  // (without values). React then skips its marks altogether.
  const stamps = useStableSubtree(stamp?.drawn ?? [], [g, theme], () =>
    stamp?.marks.map((mark) => (
      <StampMark
        key={mark.key}
        x={mark.x}
        y={mark.y}
        textX={mark.textX}
        textY={mark.textY}
        unit={g.unit}
        term={mark.term}
        theme={theme}
      />
    )),
  );
  if (current && stamp) {
    marks.push(
      <rect
        key="in"
        {...cellRect(g.input, g.unit, current.input[0], current.input[1])}
        {...outline}
        data-part="current-input"
      />,
    );
    marks.push(
      <g key="stamps" transform={`translate(${stamp.origin.x} ${stamp.origin.y})`}>
        {stamps}
      </g>,
    );
  } else {
    const cell = frameOutput(model.diagram, frame);
    marks.push(
      <rect
        key="out"
        {...cellRect(g.output, g.unit, cell[0], cell[1])}
        {...outline}
        fillOpacity={0}
        data-part="current-output"
      />,
    );
    // As many outlines as the most stamps any cell receives, the unused ones hidden where they
    // were: a step moves outlines and never adds or removes one (which costs React a deletion
    // and a passive-effect task).
    const arrivals = table.table[frame] ?? [];
    for (let k = 0; k < table.most; k++) {
      const arrival = arrivals[k];
      marks.push(<ArrivalOutline key={`a${k}`} cell={arrival?.input} g={g} outline={outline} />);
    }
  }

  return (
    <g data-layer="frame" pointerEvents="none" fontFamily={theme.font.family}>
      {marks}
    </g>
  );
});

/** The cells lit by a hover, here or in a synchronised view. */
const ScatterHighlight = memo(function ScatterHighlight(props: {
  lit: Lit;
  g: ScatterGeometry;
  theme: ConvTheme;
}) {
  const { lit, g, theme } = props;
  return (
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
});

/**
 * The scatter (overlap-add) view of a transposed convolution: each frame an input cell stamps
 * the kernel, scaled by its value, onto the output; the output accumulates (running sums with
 * values) and the shade shows how many stamps reach each cell. A step re-renders the stamp and
 * the output rows it changes; the grids, shade and captions render once per model and theme.
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
  const valued = numbers !== null;
  const changes = useMemo(
    () => rowChanges(table, output.cols, order, valued),
    [table, output, order, valued],
  );
  const g = useMemo(
    () => scatterGeometry(model, unit, labels, theme),
    [model, unit, labels, theme],
  );

  const { frames } = props;
  const rowAt = (row: number, version: number) => (
    <ScatterOutputRow
      key={row}
      row={row}
      version={version}
      table={table.table}
      cols={output.cols}
      order={order}
      numbers={numbers}
      g={g}
      theme={theme}
    />
  );
  // Following `frames`, each row watches its own version: a step re-renders the rows it changes.
  const rowVersions = useMemo(
    () => frames && changes.map((changed) => mapFrames(frames, (at) => rowVersion(changed, at))),
    [frames, changes],
  );
  const rows = changes.map((changed, row) => {
    const watched = rowVersions?.[row];
    return watched ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: one per output row, never reordered
      <WithFrame key={row} frames={watched}>
        {(version) => rowAt(row, version)}
      </WithFrame>
    ) : (
      rowAt(row, rowVersion(changed, frame))
    );
  });
  const marks = (at: number) => (
    <ScatterMarks model={model} table={table} frame={at} order={order} g={g} theme={theme} />
  );

  return (
    <ViewPicture
      view="scatter"
      frame={frame}
      frames={frames}
      width={g.width}
      height={g.height}
      theme={theme}
      title={title}
      description={description}
      onHover={props.onHover}
    >
      <ScatterSources model={model} g={g} theme={theme} />
      <g
        data-layer="output"
        fontFamily={theme.font.family}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {rows}
      </g>
      <ScatterOverlap model={model} table={table} g={g} theme={theme} />
      {drawAt(frames, frame, marks)}
      {lit && <ScatterHighlight lit={lit} g={g} theme={theme} />}
      {labels && <ScatterCaptions g={g} theme={theme} overlap={table.most > 1} />}
    </ViewPicture>
  );
}
