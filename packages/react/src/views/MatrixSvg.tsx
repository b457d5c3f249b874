import type { SparseMatrix } from '@conv-arithmetic/core/matrix';
import { memo, useMemo } from 'react';
import type { FigureModel } from '../figure/model';
import { drawAt, type FrameSource } from '../frameSource';
import { round } from '../svg/projection';
import type { ConvTheme } from '../theme/tokens';
import { useStableSubtree } from '../useStableSubtree';
import type { FigureOrder } from './kind';
import { sourceAt } from './links';
import { MatrixCaptions, MatrixGrid } from './MatrixLayers';
import { type MatrixGeometry, matrixGeometry, matrixOf } from './matrixGeometry';
import { useKept } from './useKept';
import { ViewPicture } from './ViewPicture';
import type { Lit, ViewCell } from './viewLit';

export { matrixGeometry, matrixOf } from './matrixGeometry';

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
  /**
   * The figure's frame, when it changes without re-rendering the view (the explainer): the band
   * and `data-frame` follow it, and `frame` is only the first one drawn.
   */
  frames?: FrameSource | undefined;
}

/** Per row and per column of the matrix, the other index of its non-zero entries, in order. */
function entryIndex(matrix: SparseMatrix) {
  const byRow: number[][] = Array.from({ length: matrix.rows }, () => []);
  const byCol: number[][] = Array.from({ length: matrix.cols }, () => []);
  for (const { row, col } of matrix.entries) {
    byRow[row]?.push(col);
    byCol[col]?.push(row);
  }
  // A fold, not Math.max(...rows): a large matrix has more rows than a call takes arguments.
  const mostInRow = byRow.reduce((most, cols) => Math.max(most, cols.length), 0);
  return { byRow, byCol, mostInRow };
}

/** A cell of the other vector the frame's row (column) reaches. */
const PartnerMark = memo(function PartnerMark(props: { x: number; y: number; unit: number }) {
  return (
    <rect
      x={props.x}
      y={props.y}
      width={round(props.unit)}
      height={round(props.unit)}
      data-part="partner"
    />
  );
});

/**
 * The partner in slot k of a row (gather order): as many slots as the longest row has entries,
 * the unused ones hidden where they were, so a step moves marks and never adds or removes one.
 */
function PartnerSlot(props: { index: number | undefined; x: number; top: number; unit: number }) {
  const { index, unit } = props;
  const y = useKept(index, 0);
  return (
    <rect
      x={props.x}
      y={round(props.top + y * unit)}
      width={round(unit)}
      height={round(unit)}
      display={index === undefined ? 'none' : undefined}
      data-part="partner"
    />
  );
}

/** The frame's row (gather) or column (scatter), its own cell and the partners it reaches. */
const MatrixFrame = memo(function MatrixFrame(props: {
  model: FigureModel;
  matrix: SparseMatrix;
  index: ReturnType<typeof entryIndex>;
  frame: number;
  order: FigureOrder;
  g: MatrixGeometry;
  theme: ConvTheme;
}) {
  const { model, matrix, index, frame, order, g, theme } = props;
  const { unit } = g;
  const { colors, stroke } = theme;
  const band =
    order === 'gather'
      ? { x: g.m, y: g.top + frame * unit, width: matrix.cols * unit, height: unit }
      : { x: g.m + frame * unit, y: g.top, width: unit, height: matrix.rows * unit };
  // The other vector's cells this row (column) reaches. In scatter order they move as a whole:
  // from one input cell (r, c) to the next they keep their offsets from output cell (r·s, c·s),
  // so a step rewrites the group's transform, not each cell (offsets are differences of rounded
  // positions: each cell lands exactly where it would on its own).
  const reached = (order === 'gather' ? index.byRow : index.byCol)[frame] ?? [];
  const [r, c] = sourceAt(model.diagram, frame);
  const anchor =
    order === 'gather'
      ? 0
      : r * model.diagram.spacing[0] * model.diagram.output.cols + c * model.diagram.spacing[1];
  const shift = order === 'gather' ? 0 : round(g.top + anchor * unit);
  const gathered = order === 'gather' ? index.mostInRow : 0;
  const slots = Array.from({ length: gathered }, (_, k) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: slots, moved by a step
    <PartnerSlot key={k} index={reached[k]} x={round(g.x)} top={g.top} unit={unit} />
  ));
  // In scatter order the column's partners keep their offsets from one step to the next (but
  // at the edges): React skips them, and the group's transform moves them.
  const marks: { key: number; y: number }[] = [];
  const drawn: number[] = []; // each mark's key and y, for useStableSubtree
  if (order === 'scatter') {
    for (const i of reached) {
      const mark = { key: i - anchor, y: round(round(g.top + i * unit) - shift) };
      marks.push(mark);
      drawn.push(mark.key, mark.y);
    }
  }
  const moving = useStableSubtree(drawn, [g], () =>
    marks.map((mark) => <PartnerMark key={mark.key} x={round(g.y)} y={mark.y} unit={unit} />),
  );
  return (
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
        <rect
          x={round(order === 'gather' ? g.y : g.x)}
          y={round(g.top + frame * unit)}
          width={round(unit)}
          height={round(unit)}
          data-part={order === 'gather' ? 'current-output' : 'current-input'}
        />
        {order === 'gather' ? slots : <g transform={`translate(0 ${shift})`}>{moving}</g>}
      </g>
    </g>
  );
});

/** The cells lit by a hover, on y and x. */
const MatrixHighlight = memo(function MatrixHighlight(props: {
  lit: Lit;
  model: FigureModel;
  g: MatrixGeometry;
  theme: ConvTheme;
}) {
  const { lit, model, g, theme } = props;
  const { colors, stroke } = theme;
  const { unit } = g;
  const sourceCols = model.diagram.source.cols;
  const outputCols = model.diagram.output.cols;
  const cells = [
    ...lit.outputs.map(([r, c]) => ({ left: g.y, index: r * outputCols + c, key: `o${r},${c}` })),
    ...lit.inputs.map(([r, c]) => ({ left: g.x, index: r * sourceCols + c, key: `i${r},${c}` })),
  ];
  return (
    <g
      data-layer="highlight"
      fill={colors.highlight}
      fillOpacity={0.25}
      stroke={colors.highlight}
      strokeWidth={stroke.thick * 1.6}
      pointerEvents="none"
    >
      {cells.map((cell) => (
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
  );
});

/**
 * The matrix view: y = C·x (or y = M·x for a transposed convolution) with x the flattened input
 * and y the flattened output, each non-zero entry labelled by its kernel weight. A frame lights
 * one row (an output cell, `gather`) or one column (an input cell, `scatter`); a step re-renders
 * that band alone, the matrix and its captions render once per model and theme.
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
  const index = useMemo(() => entryIndex(matrix), [matrix]);
  const g = useMemo(
    () => matrixGeometry(matrix, unit, labels, theme),
    [matrix, unit, labels, theme],
  );
  const { frames } = props;
  const band = (at: number) => (
    <MatrixFrame
      model={model}
      matrix={matrix}
      index={index}
      frame={at}
      order={order}
      g={g}
      theme={theme}
    />
  );
  return (
    <ViewPicture
      view="matrix"
      frame={frame}
      frames={frames}
      width={g.width}
      height={g.height}
      theme={theme}
      title={title}
      description={description}
      onHover={props.onHover}
    >
      <MatrixGrid model={model} matrix={matrix} g={g} theme={theme} />
      {drawAt(frames, frame, band)}
      {lit && <MatrixHighlight lit={lit} model={model} g={g} theme={theme} />}
      {labels && (
        <MatrixCaptions
          g={g}
          theme={theme}
          name={model.diagram.kind === 'transposed' ? 'M' : 'C'}
        />
      )}
    </ViewPicture>
  );
}
