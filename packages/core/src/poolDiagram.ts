import type { DirectAxis } from './axis';
import { createDiagram, type Diagram } from './diagram';
import { type DrawnAxis, drawnDirectAxis } from './drawnAxis';
import { blame } from './errors';
import { type PoolSpec, resolvePoolSpec } from './poolSpec';

/**
 * A pooling axis as drawn: the padded input, plus any cells a ceil-mode window hangs past the
 * padding after it, so that the grid holds every window whole.
 */
function drawnPoolAxis(axis: DirectAxis): DrawnAxis {
  const drawn = drawnDirectAxis(axis);
  const end = (axis.output - 1) * axis.stride + axis.dilation * (axis.kernel - 1) + 1;
  const overhang = Math.max(0, end - drawn.size);
  return { ...drawn, after: axis.after + overhang, size: drawn.size + overhang, overhang };
}

/**
 * The diagram of a max or average pooling, framed like the convolutions: one frame per output
 * cell, row-major. Pooling has no weights: `tap.kernel` is the tap's (row, col) offset within its
 * window, so that every diagram has one shape. A ceil-mode window that runs past the padded input
 * is drawn whole: the cells it overhangs are drawn as padding after the padding (counted in
 * `padding.bottom` and `padding.right`), but no tap reads them, as PyTorch reads nothing there.
 * So a frame's taps are exactly what `pool` reads: max is the largest tapped input value (−∞ if
 * none), and average is the sum of the tapped input values over the number of taps.
 *
 * @example
 * const d = poolDiagram({ input: 5, kernel: 3, stride: 1, mode: 'max' }) // the paper's Fig 1.6
 * d.frameCount // 9
 * const e = poolDiagram({ input: 5, kernel: 2, mode: 'average', ceilMode: true })
 * e.input // { rows: 6, cols: 6 }: the last window hangs one cell past the input
 * e.frame(8).taps.length // 1: only input cell (4, 4) is read
 */
export function poolDiagram(spec: PoolSpec): Diagram {
  const { rows, cols } = resolvePoolSpec(spec);
  return blame(spec, () => createDiagram('pool', drawnPoolAxis(rows), drawnPoolAxis(cols)));
}
