import type { DirectAxis } from './axis';
import type { Matrix } from './matrix';

/**
 * Adds each cell of `input`, times every kernel weight, into `out` where a transposed convolution
 * puts it; what lands in the cropped border (the direct convolution's padding) is dropped. The one
 * loop of `transposedConvolve` and of each map pair of `transposedConvolveChannels`.
 */
export function scatterInto(
  out: number[][],
  input: Matrix,
  kernel: Matrix,
  rows: DirectAxis,
  cols: DirectAxis,
): void {
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
}
