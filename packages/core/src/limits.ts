import { ConvArithmeticError, MAX_SAFE } from './errors';

/**
 * Kernel taps one diagram frame lists (2^16, a 256×256 kernel): every `frame()` builds one object
 * per tap and a diagram keeps one index pair per tap, so a larger kernel is refused up front.
 *
 * @example
 * convDiagram({ input: 300, kernel: 257 }) // throws: kernel makes 66049 kernel taps per frame, over the limit…
 */
export const MAX_FRAME_TAPS = 65536;

/**
 * Output cells `convolve` and `transposedConvolve` compute (2^20, a 1024×1024 output): about
 * 8 MB of numbers, allocated and filled in about 0.1 s (measured: 55–135 ms in Node 20).
 *
 * @example
 * convolve([[1]], [[1]], { padding: 30000 }) // throws: padding makes 3600120001 output cells, over the limit…
 */
export const MAX_CONVOLVE_CELLS = 1048576;

/**
 * Multiply-adds `convolve` does (output cells × kernel cells) and `transposedConvolve` does (input
 * cells × kernel cells): 2^24, 0.1–0.3 s in V8 on a busy 2-core machine, so that even with the
 * largest output the call stays well under a second.
 *
 * @example
 * convolve(ones(200, 200), ones(100, 100)) // throws: kernel makes 102010000 multiply-adds, over the limit…
 */
export const MAX_MULTIPLY_ADDS = 16777216;

/**
 * Throws unless `count` (something `param` makes: a size, a cell count, the work) is at most
 * `limit`, by default the largest safe integer. Checked from the spec's numbers before anything
 * of that size exists; `!(≤)` also refuses NaN.
 */
export function requireAtMost(
  param: string,
  count: number,
  what: string,
  limit = MAX_SAFE,
  value: unknown = count,
): void {
  if (!(count <= limit)) {
    throw new ConvArithmeticError(
      param,
      value,
      `${param} makes ${count} ${what}, over the limit of ${limit}`,
    );
  }
}

/**
 * Possible entries of a convolution matrix (output cells × kernel taps): 2^20, one small object
 * each, about 0.1 s and 60 MB at the limit, so that `convMatrix` never stalls a page.
 *
 * @example
 * convMatrix({ input: 1100, kernel: 1 }) // throws: input makes 1210000 matrix entries, over the limit…
 */
export const MAX_MATRIX_ENTRIES = 1048576;
