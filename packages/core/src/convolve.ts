import type { DirectAxis } from './axis';
import { blame, requireObject } from './errors';
import { MAX_CONVOLVE_CELLS, MAX_MULTIPLY_ADDS, requireAtMost } from './limits';
import { type Matrix, matrixShape, zeros } from './matrix';
import type { Padding } from './padding';
import type { Size2D } from './pair';
import {
  type Resolved,
  resolveConvSpec,
  resolveTransposedSpec,
  type TransposedConvSpec,
} from './spec';

/** Options of `convolve`. */
export interface ConvolveOptions {
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
}

/** Options of `transposedConvolve`; `padding` is that of the direct convolution it transposes. */
export interface TransposedConvolveOptions extends ConvolveOptions {
  outputPadding?: Size2D | undefined;
}

/**
 * Validates convolve's arguments and checks its limits from the shapes alone, before any output
 * is allocated: errors hold the caller's matrices and options. `grows` names the option that
 * made the output larger than the input; `scanned` counts the cells the loop visits per tap.
 */
function plan<Axis extends DirectAxis>(
  input: Matrix,
  kernel: Matrix,
  options: unknown,
  resolve: (spec: TransposedConvSpec) => Resolved<Axis>,
  grows: (rows: Axis, cols: Axis) => string,
  scanned: (rows: Axis, cols: Axis) => number,
): Resolved<Axis> {
  const shape = matrixShape('input', input);
  const kernelShape = matrixShape('kernel', kernel);
  const fields = requireObject('options', options);
  return blame({ ...fields, input, kernel }, () => {
    const axes = resolve({ ...fields, input: shape, kernel: kernelShape });
    const { rows, cols } = axes;
    requireAtMost(
      shape[0] * shape[1] > MAX_CONVOLVE_CELLS ? 'input' : grows(rows, cols),
      rows.output * cols.output,
      'output cells',
      MAX_CONVOLVE_CELLS,
    );
    requireAtMost(
      'kernel',
      scanned(rows, cols) * rows.kernel * cols.kernel,
      'multiply-adds',
      MAX_MULTIPLY_ADDS,
    );
    return axes;
  });
}

/**
 * Single-channel 2-D convolution as deep-learning frameworks compute it (cross-correlation: the
 * kernel is not flipped), with zero padding, stride and dilation.
 *
 * Refused up front beyond MAX_CONVOLVE_CELLS output cells or MAX_MULTIPLY_ADDS multiply-adds.
 *
 * @example
 * convolve([[1, 2], [3, 4]], [[1]], { padding: 1 }) // [[0,0,0,0],[0,1,2,0],[0,3,4,0],[0,0,0,0]]
 */
export function convolve(input: Matrix, kernel: Matrix, options: ConvolveOptions = {}): number[][] {
  const { rows, cols } = plan(
    input,
    kernel,
    options,
    resolveConvSpec,
    () => 'padding', // the output of a direct convolution is at most its padded input
    (r, c) => r.output * c.output,
  );
  const out = zeros(rows.output, cols.output);
  for (let y = 0; y < rows.output; y++) {
    const outRow = out[y] as number[];
    for (let x = 0; x < cols.output; x++) {
      let sum = 0;
      for (let a = 0; a < rows.kernel; a++) {
        const r = y * rows.stride - rows.before + a * rows.dilation;
        const inRow = input[r];
        if (inRow === undefined) continue; // a padding row: its value is 0
        const weights = kernel[a] as readonly number[];
        for (let b = 0; b < cols.kernel; b++) {
          const c = x * cols.stride - cols.before + b * cols.dilation;
          if (c >= 0 && c < cols.input) sum += (weights[b] as number) * (inRow[c] as number);
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
 * Each input cell scatters kernel-weighted copies of itself into the output.
 *
 * @example
 * transposedConvolve([[1]], [[1, 2], [3, 4]]) // [[1, 2], [3, 4]]
 */
export function transposedConvolve(
  input: Matrix,
  kernel: Matrix,
  options: TransposedConvolveOptions = {},
): number[][] {
  const { rows, cols } = plan(
    input,
    kernel,
    options,
    resolveTransposedSpec,
    // (i − 1)·s + d·(k − 1) + 1: stride spreads the input, dilation and kernel widen the reach.
    (r, c) =>
      r.stride * c.stride > 1 ? 'stride' : r.dilation * c.dilation > 1 ? 'dilation' : 'kernel',
    (r, c) => r.input * c.input, // each input cell scatters every tap
  );
  const out = zeros(rows.output, cols.output);
  for (let y = 0; y < rows.input; y++) {
    const inRow = input[y] as readonly number[];
    for (let x = 0; x < cols.input; x++) {
      const value = inRow[x] as number;
      for (let a = 0; a < rows.kernel; a++) {
        const outRow = out[y * rows.stride - rows.before + a * rows.dilation];
        if (outRow === undefined) continue; // lands in the cropped padding
        const weights = kernel[a] as readonly number[];
        for (let b = 0; b < cols.kernel; b++) {
          const c = x * cols.stride - cols.before + b * cols.dilation;
          if (c >= 0 && c < cols.output)
            outRow[c] = (outRow[c] as number) + value * (weights[b] as number);
        }
      }
    }
  }
  return out;
}
