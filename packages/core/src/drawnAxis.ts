import type { AxisName, DirectAxis, TransposedAxis } from './axis';
import { ConvArithmeticError } from './errors';

/** What a drawn position along one axis holds: a source index ≥ 0, or one of these. */
export const PADDING = -1;
export const INSERTED = -2;

/**
 * One axis of the grid a diagram draws: a direct convolution with `stride` and `dilation` over
 * `size` cells, where the source cells sit `spacing` apart after `padBefore` padding cells.
 */
export interface DrawnAxis extends DirectAxis {
  /** Drawn cells: `before` padding cells, the `input` source cells with their gaps, `after`. */
  size: number;
  spacing: number;
  /** True for transposed diagrams: window offset j multiplies kernel weight k−1−j. */
  flipped?: boolean;
  /**
   * Cells after the padding that only a ceil-mode pooling window reaches: drawn as padding so the
   * grid holds every window, but never tapped (PyTorch reads nothing past the padded input).
   */
  overhang?: number;
}

/** The drawn axis of a direct convolution is the padded input itself. */
export function drawnDirectAxis(axis: DirectAxis): DrawnAxis {
  return { ...axis, size: axis.input + axis.before + axis.after, spacing: 1 };
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
      `padding (${largest}) is larger than dilation·(kernel−1) (${reach}) on ${name}, which a transposed diagram cannot draw`,
    );
  }
  const before = reach - axis.before;
  const after = reach - axis.after + axis.outputPadding;
  return {
    ...axis,
    size: (axis.input - 1) * axis.stride + 1 + before + after,
    stride: 1,
    before,
    after,
    spacing: axis.stride,
    flipped: true,
  };
}

/** The source index at drawn position `pos`, or PADDING / INSERTED. */
export function classify(axis: DrawnAxis, pos: number): number {
  const offset = pos - axis.before;
  if (offset < 0 || offset > (axis.input - 1) * axis.spacing) return PADDING;
  if (offset % axis.spacing !== 0) return INSERTED;
  return offset / axis.spacing;
}

/** Where the positions a tap may read end: the padded input's end, before any overhang. */
export const tapEnd = (axis: DrawnAxis): number => axis.size - (axis.overhang ?? 0);

/** Output positions along one axis whose window has a tap on drawn position `pos`, ascending. */
export function outputsReading(axis: DrawnAxis, pos: number): number[] {
  const outs: number[] = [];
  if (pos >= tapEnd(axis)) return outs; // an overhang cell
  for (let offset = axis.kernel - 1; offset >= 0; offset--) {
    const start = pos - offset * axis.dilation;
    if (start < 0 || start % axis.stride !== 0) continue;
    const out = start / axis.stride;
    if (out < axis.output) outs.push(out);
  }
  return outs;
}
