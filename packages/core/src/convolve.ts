import { blame, requireObject } from './errors';
import type { PaddingFill } from './fill';
import { fillIndex } from './fill';
import { MAX_CONVOLVE_CELLS, MAX_MULTIPLY_ADDS, requireAtMost } from './limits';
import { type Matrix, matrixShape, zeros } from './matrix';
import type { Padding } from './padding';
import type { Size2D } from './pair';
import { scatterInto } from './scatterInto';
import { resolveAxes } from './spec';

/** Options of `convolve`. */
export interface ConvolveOptions {
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
  /** What padding cells hold, PyTorch's `padding_mode` (default `'zeros'`). */
  paddingMode?: PaddingFill | undefined;
}

/** Options of `transposedConvolve`; `padding` is that of the direct convolution it transposes. */
export interface TransposedConvolveOptions extends ConvolveOptions {
  outputPadding?: Size2D | undefined;
}

/**
 * Validates the arguments of either convolution and checks its limits from the shapes alone,
 * before anything is allocated; errors hold the caller's matrices and options.
 */
function plan(input: Matrix, kernel: Matrix, options: unknown, transposed?: boolean) {
  const shape = matrixShape('input', input);
  const kernelShape = matrixShape('kernel', kernel);
  const fields = requireObject('options', options);
  return blame({ ...fields, input, kernel }, () => {
    const axes = resolveAxes({ ...fields, input: shape, kernel: kernelShape }, transposed);
    const { rows, cols } = axes;
    requireAtMost(
      // What made the output larger than the input: a direct output is at most its padded input;
      // a transposed one is (i − 1)·s + d·(k − 1) + 1 before cropping.
      shape[0] * shape[1] > MAX_CONVOLVE_CELLS
        ? 'input'
        : !transposed
          ? 'padding'
          : rows.stride * cols.stride > 1
            ? 'stride'
            : rows.dilation * cols.dilation > 1
              ? 'dilation'
              : 'kernel',
      rows.output * cols.output,
      'output cells',
      MAX_CONVOLVE_CELLS,
    );
    // A direct output cell gathers every tap; a transposed input cell scatters every tap.
    const cells = transposed ? rows.input * cols.input : rows.output * cols.output;
    requireAtMost('kernel', cells * rows.kernel * cols.kernel, 'multiply-adds', MAX_MULTIPLY_ADDS);
    return axes;
  });
}

/**
 * Single-channel 2-D convolution as deep-learning frameworks compute it (cross-correlation: the
 * kernel is not flipped), with stride, dilation and padding filled as `paddingMode` says (zeros
 * unless given). Refused up front beyond MAX_CONVOLVE_CELLS output cells or MAX_MULTIPLY_ADDS
 * multiply-adds.
 *
 * @example
 * convolve([[1, 2], [3, 4]], [[1]], { padding: 1 }) // [[0,0,0,0],[0,1,2,0],[0,3,4,0],[0,0,0,0]]
 * convolve([[1, 2, 3]], [[1, 1, 1]], { padding: [0, 1], paddingMode: 'reflect' }) // [[5, 6, 7]]
 */
export function convolve(input: Matrix, kernel: Matrix, options: ConvolveOptions = {}): number[][] {
  const { rows, cols, layers } = plan(input, kernel, options);
  const fill = layers.paddingMode;
  const out = zeros(rows.output, cols.output);
  for (let y = 0; y < rows.output; y++) {
    const outRow = out[y] as number[];
    for (let x = 0; x < cols.output; x++) {
      let sum = 0;
      for (let a = 0; a < rows.kernel; a++) {
        const r = fillIndex(fill, y * rows.stride - rows.before + a * rows.dilation, rows.input);
        if (r < 0) continue; // a zero-padding row
        const inRow = input[r] as readonly number[];
        const weights = kernel[a] as readonly number[];
        for (let b = 0; b < cols.kernel; b++) {
          const c = fillIndex(fill, x * cols.stride - cols.before + b * cols.dilation, cols.input);
          if (c >= 0) sum += (weights[b] as number) * (inRow[c] as number);
        }
      }
      outRow[x] = sum;
    }
  }
  return out;
}

/**
 * Transposed convolution: the exact adjoint of `convolve` with the same kernel and options (the
 * gradient of `convolve` with respect to its input), as PyTorch's ConvTranspose2d computes it.
 * Each input cell scatters kernel-weighted copies of itself into the output. Its padding is
 * zeros only, as in PyTorch.
 *
 * @example
 * transposedConvolve([[1]], [[1, 2], [3, 4]]) // [[1, 2], [3, 4]]
 */
export function transposedConvolve(
  input: Matrix,
  kernel: Matrix,
  options: TransposedConvolveOptions = {},
): number[][] {
  const { rows, cols } = plan(input, kernel, options, true);
  const out = zeros(rows.output, cols.output);
  scatterInto(out, input, kernel, rows, cols);
  return out;
}
