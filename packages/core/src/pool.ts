import { blame, requireObject } from './errors';
import { MAX_CONVOLVE_CELLS, MAX_MULTIPLY_ADDS, requireAtMost } from './limits';
import { type Matrix, matrixShape, zeros } from './matrix';
import { type PoolOptions, resolvePoolSpec } from './poolSpec';

/**
 * Max or average pooling of a 2-D input, as PyTorch's MaxPool2d and AvgPool2d compute it. Max
 * pads with −∞, so padding never wins (a window whose dilated taps all miss the input is −∞, as in
 * PyTorch); average pads with zeros and divides by the window's area, padding included
 * (count_include_pad), but not the part of a ceil-mode window past the padding. Refused up front
 * beyond MAX_CONVOLVE_CELLS output cells or MAX_MULTIPLY_ADDS comparisons or additions.
 *
 * @example
 * pool([[3, 3, 2], [0, 0, 1], [3, 1, 2]], { kernel: 2, stride: 1, mode: 'max' }) // [[3, 3], [3, 2]]
 * pool([[1, 2], [3, 4]], { kernel: 2, mode: 'average' }) // [[2.5]]
 * pool([[1, 2], [3, 4]], { kernel: 3, padding: 1, stride: 1, mode: 'average' }) // four 10/9: 10 over 3×3
 */
export function pool(input: Matrix, options: PoolOptions): number[][] {
  const shape = matrixShape('input', input);
  const fields = requireObject('options', options);
  const { rows, cols } = blame({ ...fields, input }, () => {
    const axes = resolvePoolSpec({ ...fields, input: shape });
    const cells = axes.rows.output * axes.cols.output;
    // Without padding an axis's output is at most its input.
    const cause = shape[0] * shape[1] > MAX_CONVOLVE_CELLS ? 'input' : 'padding';
    requireAtMost(cause, cells, 'output cells', MAX_CONVOLVE_CELLS);
    requireAtMost(
      'kernel',
      cells * axes.rows.kernel * axes.cols.kernel,
      'window reads',
      MAX_MULTIPLY_ADDS,
    );
    return axes;
  });
  const max = fields.mode === 'max';
  const out = zeros(rows.output, cols.output);
  for (let y = 0; y < rows.output; y++) {
    const top = y * rows.stride - rows.before;
    // PyTorch's window ends at the padded input's end: a ceil-mode overhang reads nothing.
    const bottom = Math.min(top + (rows.kernel - 1) * rows.dilation + 1, rows.input + rows.after);
    const outRow = out[y] as number[];
    for (let x = 0; x < cols.output; x++) {
      const left = x * cols.stride - cols.before;
      const right = Math.min(left + (cols.kernel - 1) * cols.dilation + 1, cols.input + cols.after);
      let acc = max ? Number.NEGATIVE_INFINITY : 0;
      for (let r = top; r < bottom; r += rows.dilation) {
        const inRow = input[r];
        if (inRow === undefined) continue; // a padding row
        for (let c = left; c < right; c += cols.dilation) {
          if (c < 0 || c >= cols.input) continue;
          const value = inRow[c] as number;
          acc = max ? Math.max(acc, value) : acc + value;
        }
      }
      // Average has no dilation, so the window's area is its clipped extent.
      outRow[x] = max ? acc : acc / ((bottom - top) * (right - left));
    }
  }
  return out;
}
