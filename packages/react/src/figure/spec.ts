import {
  ConvArithmeticError,
  convDiagram,
  type Diagram,
  type DirectAxis,
  type Padding,
  type PaddingFill,
  type PoolMode,
  type Resolved,
  resolveConvSpec,
  resolveTransposedSpec,
  type Size2D,
  type TransposedAxis,
  transposedConvDiagram,
} from '@conv-arithmetic/core';

/** The convolution a component draws: the core's spec, every field a prop. */
export interface FigureSpec {
  input: Size2D;
  kernel: Size2D;
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
  outputPadding?: Size2D | undefined;
  /** Pooling only: which pooling (required for a pooling figure). */
  mode?: PoolMode | undefined;
  /** Pooling only: PyTorch's `ceil_mode` (default false). */
  ceilMode?: boolean | undefined;
  /** Input maps (PyTorch's `in_channels`, default 1); more than one draws the maps as a stack. */
  inChannels?: number | undefined;
  /** Output maps (PyTorch's `out_channels`, default 1), one drawn per output channel. */
  outChannels?: number | undefined;
  /** PyTorch's `groups` (default 1): divides both channel counts; `groups = inChannels` is depthwise. */
  groups?: number | undefined;
  /** What padding cells hold, PyTorch's `padding_mode` (default `'zeros'`); drawn as the copied value. */
  paddingMode?: PaddingFill | undefined;
}

/**
 * Which animation: direct, transposed, dilated (a direct one whose dilation defaults to 2), or
 * pooling (max or average, PyTorch's semantics: the stride defaults to the kernel).
 */
export type FigureKind = 'conv' | 'transposed' | 'dilated' | 'pool';

/** Dilation of a dilated figure when none is given, as in the paper's Figure 5.1. */
export const DEFAULT_DILATION = 2;

/**
 * The spec a figure kind really draws: a dilated figure is a direct convolution with its
 * dilation defaulted; only a transposed one keeps `outputPadding`, only a pooling one its mode.
 */
export function figureSpecOf(kind: FigureKind, spec: FigureSpec): FigureSpec {
  const { input, kernel, stride, padding, dilation, outputPadding, mode, ceilMode } = spec;
  if (kind === 'pool') return { input, kernel, stride, padding, dilation, mode, ceilMode };
  // Undefined channels and fill are the core's defaults: one map, zeros.
  const { inChannels, outChannels, groups, paddingMode } = spec;
  const layers = { inChannels, outChannels, groups, paddingMode };
  if (kind === 'transposed')
    return { input, kernel, stride, padding, dilation, outputPadding, ...layers };
  const dilated = kind === 'dilated' ? (dilation ?? DEFAULT_DILATION) : dilation;
  return { input, kernel, stride, padding, dilation: dilated, ...layers };
}

/** Default cap on drawn cells per side: beyond it a diagram stops being readable on a page. */
export const MAX_GRID_SIZE = 64;

/**
 * Cells one axis of the diagram draws, from the resolved numbers alone: the padded input of a
 * direct convolution; for a transposed one, the grid its unit-stride equivalent slides over
 * (the stretched, padded input), whose output plus the kernel's reach d·(k−1) spans it.
 *
 * @example
 * drawnCells(resolveConvSpec({ input: 5, kernel: 3, padding: 1 }).rows) // 7
 */
export const drawnCells = (axis: DirectAxis | TransposedAxis): number =>
  'outputPadding' in axis
    ? axis.output + axis.dilation * (axis.kernel - 1)
    : axis.input + axis.before + axis.after;

/** The prop that makes an axis too large: the kernel or padding when alone over the cap, else input. */
function culprit(axis: DirectAxis | TransposedAxis, cap: number): 'input' | 'kernel' | 'padding' {
  if (axis.kernel > cap) return 'kernel';
  return !('outputPadding' in axis) && axis.input <= cap && axis.before + axis.after > cap
    ? 'padding'
    : 'input';
}

/**
 * The resolved axes of a figure's spec (from `figureSpecOf`): the transposed convolution's, or
 * the direct one's. Throws ConvArithmeticError on anything invalid.
 *
 * @example
 * resolveFigure('conv', { input: 5, kernel: 3, padding: 1 }).axes.rows.output // 5
 */
export function resolveFigure(
  kind: FigureKind,
  figure: FigureSpec,
):
  | { transposed: true; axes: Resolved<TransposedAxis> }
  | { transposed: false; axes: Resolved<DirectAxis> } {
  return kind === 'transposed'
    ? { transposed: true, axes: resolveTransposedSpec(figure) }
    : { transposed: false, axes: resolveConvSpec(figure) };
}

/**
 * Builds the diagram for a component's props; throws ConvArithmeticError on anything invalid.
 * The size is checked from the spec's numbers first (O(1)), so a huge spec is refused at once.
 */
export function buildDiagram(
  kind: Exclude<FigureKind, 'pool'>,
  spec: FigureSpec,
  maxGridSize: number,
): Diagram {
  const figure = figureSpecOf(kind, spec);
  const { rows, cols } =
    kind === 'transposed' ? resolveTransposedSpec(figure) : resolveConvSpec(figure);
  const [height, width] = [drawnCells(rows), drawnCells(cols)];
  if (height > maxGridSize || width > maxGridSize) {
    const param = culprit(height > maxGridSize ? rows : cols, maxGridSize);
    throw new ConvArithmeticError(
      param,
      figure[param],
      `${param} draws a ${height}×${width} grid, more than maxGridSize (${maxGridSize}) cells per side`,
    );
  }
  return kind === 'transposed' ? transposedConvDiagram(figure) : convDiagram(figure);
}
