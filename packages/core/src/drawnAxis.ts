import type { AxisName, DirectAxis, TransposedAxis } from './axis';
import { ConvArithmeticError } from './errors';

/** What a drawn position along one axis holds: a source index ≥ 0, or one of these. */
export const PADDING = -1;
export const INSERTED = -2;

/**
 * One axis of the grid a diagram draws: a direct convolution with `stride` and `dilation` over
 * `size` cells, where the source cells sit `spacing` apart after `padBefore` padding cells.
 */
export interface DrawnAxis {
  size: number;
  output: number;
  kernel: number;
  stride: number;
  dilation: number;
  padBefore: number;
  padAfter: number;
  source: number;
  spacing: number;
  /** True for transposed diagrams: window offset j multiplies kernel weight k−1−j. */
  flipped: boolean;
}

/** The drawn axis of a direct convolution is the padded input itself. */
export function drawnDirectAxis(axis: DirectAxis): DrawnAxis {
  return {
    size: axis.input + axis.before + axis.after,
    output: axis.output,
    kernel: axis.kernel,
    stride: axis.stride,
    dilation: axis.dilation,
    padBefore: axis.before,
    padAfter: axis.after,
    source: axis.input,
    spacing: 1,
    flipped: false,
  };
}

/**
 * The paper's picture of a transposed axis: the equivalent unit-stride convolution over the
 * input stretched with s−1 inserted zeros, padded by d·(k−1)−p each side plus outputPadding after.
 */
export function drawnTransposedAxis(axis: TransposedAxis, name: AxisName): DrawnAxis {
  const reach = axis.dilation * (axis.kernel - 1);
  const largest = Math.max(axis.before, axis.after);
  if (largest > reach) {
    throw new ConvArithmeticError(
      'padding',
      largest,
      `padding (${largest}) is larger than dilation·(kernel−1) (${reach}) on ${name}: a transposed diagram cannot draw negative padding`,
    );
  }
  const stretched = (axis.input - 1) * axis.stride + 1;
  const padBefore = reach - axis.before;
  const padAfter = reach - axis.after + axis.outputPadding;
  return {
    size: stretched + padBefore + padAfter,
    output: axis.output,
    kernel: axis.kernel,
    stride: 1,
    dilation: axis.dilation,
    padBefore,
    padAfter,
    source: axis.input,
    spacing: axis.stride,
    flipped: true,
  };
}

/** The source index at drawn position `pos`, or PADDING / INSERTED. */
export function classify(axis: DrawnAxis, pos: number): number {
  const offset = pos - axis.padBefore;
  if (offset < 0 || offset > (axis.source - 1) * axis.spacing) return PADDING;
  if (offset % axis.spacing !== 0) return INSERTED;
  return offset / axis.spacing;
}

/** Output positions along one axis whose window has a tap on drawn position `pos`, ascending. */
export function outputsReading(axis: DrawnAxis, pos: number): number[] {
  const outs: number[] = [];
  for (let offset = axis.kernel - 1; offset >= 0; offset--) {
    const start = pos - offset * axis.dilation;
    if (start < 0 || start % axis.stride !== 0) continue;
    const out = start / axis.stride;
    if (out < axis.output) outs.push(out);
  }
  return outs;
}
