import type { DirectAxis } from './axis';
import { blame } from './errors';
import { MAX_MATRIX_ENTRIES, requireAtMost } from './limits';
import { gatherLinks, type Link, scatterLinks } from './links';
import type { Pair } from './pair';
import {
  type ConvSpec,
  type Resolved,
  resolveConvSpec,
  resolveTransposedSpec,
  type TransposedConvSpec,
} from './spec';

/** One non-zero entry of a convolution matrix: the kernel weight at (row, col). */
export interface MatrixEntry {
  row: number;
  col: number;
  /** Which weight of the kernel, `[row, col]`: the entry's value is `kernel[a][b]`. */
  kernel: Pair;
}

/**
 * A convolution as a matrix over flattened (row-major) grids: `rows` output cells by `cols` input
 * cells, only the non-zero entries listed, sorted by row then col.
 */
export interface SparseMatrix {
  rows: number;
  cols: number;
  entries: MatrixEntry[];
}

/**
 * Builds the matrix from each axis's links (per output index, the input indices and taps, input
 * ascending), once the entry count's upper bound (every output cell × every tap) is under the cap.
 */
function build(
  { rows, cols }: Resolved<DirectAxis>,
  links: (axis: DirectAxis, output: number) => Link[],
): SparseMatrix {
  const outputs = rows.output * cols.output;
  // Column indices stay exact: a huge input read by a few windows still has safe-integer cells.
  requireAtMost('input', rows.input * cols.input, 'input cells');
  requireAtMost(
    outputs > MAX_MATRIX_ENTRIES ? 'input' : 'kernel',
    outputs * rows.kernel * cols.kernel,
    'matrix entries',
    MAX_MATRIX_ENTRIES,
  );
  const colLinks = Array.from({ length: cols.output }, (_, x) => links(cols, x));
  // One frozen kernel pair per tap, shared by every entry using it.
  const pairs = Array.from({ length: rows.kernel * cols.kernel }, (_, t) =>
    Object.freeze([Math.floor(t / cols.kernel), t % cols.kernel]),
  ) as Pair[];
  const entries: MatrixEntry[] = [];
  for (let y = 0; y < rows.output; y++) {
    const rowLinks = links(rows, y);
    for (let x = 0; x < cols.output; x++) {
      const row = y * cols.output + x;
      for (const [r, a] of rowLinks) {
        for (const [c, b] of colLinks[x] as Link[]) {
          entries.push({
            row,
            col: r * cols.input + c,
            kernel: pairs[a * cols.kernel + b] as Pair,
          });
        }
      }
    }
  }
  return { rows: outputs, cols: rows.input * cols.input, entries };
}

/**
 * The matrix C of a direct (or dilated) convolution, the paper's §4.1: y = C·x, with x the
 * unpadded input and y the output, both flattened row-major. Padding adds no entries (it
 * multiplies zeros). Refused up front beyond MAX_MATRIX_ENTRIES possible entries.
 *
 * @example
 * const c = convMatrix({ input: 4, kernel: 3 }) // the paper's Fig 2.1
 * [c.rows, c.cols, c.entries.length] // [4, 16, 36]
 * c.entries[0] // { row: 0, col: 0, kernel: [0, 0] }
 */
export function convMatrix(spec: ConvSpec): SparseMatrix {
  const axes = resolveConvSpec(spec);
  return blame(spec, () => build(axes, gatherLinks));
}

/**
 * The matrix M of a transposed convolution: rows are its output cells, columns its input cells,
 * and y = M·x equals `transposedConvolve(x, kernel, spec)` flattened. With outputPadding < stride
 * it is exactly the transpose of `convMatrix` of the direct convolution it transposes (whose
 * input has this output's size).
 *
 * @example
 * const m = transposedConvMatrix({ input: 2, kernel: 3 }) // the paper's Fig 4.1
 * [m.rows, m.cols] // [16, 4]
 * m.entries[0] // { row: 0, col: 0, kernel: [0, 0] }
 */
export function transposedConvMatrix(spec: TransposedConvSpec): SparseMatrix {
  const axes = resolveTransposedSpec(spec);
  return blame(spec, () => build(axes, scatterLinks));
}
