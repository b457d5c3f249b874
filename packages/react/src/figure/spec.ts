import {
  ConvArithmeticError,
  convDiagram,
  type Diagram,
  type Padding,
  type Size2D,
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
}

/** Which animation: direct, transposed, or dilated (a direct one whose dilation defaults to 2). */
export type FigureKind = 'conv' | 'transposed' | 'dilated';

/** Dilation of a dilated figure when none is given, as in the paper's Figure 5.1. */
export const DEFAULT_DILATION = 2;

/**
 * The spec a figure kind really draws: a dilated figure is a direct convolution with its
 * dilation defaulted; only a transposed one keeps `outputPadding`.
 */
export function figureSpecOf(kind: FigureKind, spec: FigureSpec): FigureSpec {
  const { input, kernel, stride, padding, dilation, outputPadding } = spec;
  if (kind === 'transposed') return { input, kernel, stride, padding, dilation, outputPadding };
  const dilated = kind === 'dilated' ? (dilation ?? DEFAULT_DILATION) : dilation;
  return { input, kernel, stride, padding, dilation: dilated };
}

/** Default cap on drawn cells per side: beyond it a diagram stops being readable on a page. */
export const MAX_GRID_SIZE = 64;

/** Builds the diagram for a component's props; throws ConvArithmeticError on anything invalid. */
export function buildDiagram(kind: FigureKind, spec: FigureSpec, maxGridSize: number): Diagram {
  const { input, kernel, stride, padding, dilation, outputPadding } = figureSpecOf(kind, spec);
  const diagram =
    kind === 'transposed'
      ? transposedConvDiagram({ input, kernel, stride, padding, dilation, outputPadding })
      : convDiagram({ input, kernel, stride, padding, dilation });
  const largest = Math.max(
    diagram.input.rows,
    diagram.input.cols,
    diagram.output.rows,
    diagram.output.cols,
  );
  if (largest > maxGridSize) {
    throw new ConvArithmeticError(
      'input',
      input,
      `input draws a ${diagram.input.rows}×${diagram.input.cols} grid with a ${diagram.output.rows}×${diagram.output.cols} output, more than maxGridSize (${maxGridSize}) cells per side`,
    );
  }
  return diagram;
}
