/**
 * Which picture of a convolution a figure draws: `equivalent` (the paper's: the equivalent direct
 * convolution, for a transposed one over the zero-inserted, padded input), `scatter` (each input
 * cell stamps the kernel onto the output; transposed only) or `matrix` (y = C·x, or y = M·x).
 */
export type FigureView = 'equivalent' | 'scatter' | 'matrix';

/** Which way frames walk: output cell by output cell (the paper's), or input cell by input cell. */
export type FigureOrder = 'gather' | 'scatter';

export const VIEWS: readonly unknown[] = ['equivalent', 'scatter', 'matrix'];

/** Rows or columns the matrix view draws at most: beyond, its cells are too small to read. */
export const MAX_MATRIX_SIZE = 256;
