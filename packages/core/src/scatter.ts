import type { GridSize } from './diagram';
import { blame, mustBe } from './errors';
import { MAX_FRAME_TAPS, requireAtMost } from './limits';
import { scatterLinks, stampLinks } from './links';
import type { Pair } from './pair';
import { resolveTransposedSpec, type TransposedConvSpec } from './spec';

/** One kernel-weighted copy of an input cell: weight `kernel` added to output cell `output`. */
export interface Stamp {
  kernel: Pair;
  output: Pair;
}

/** One frame of the scatter view: input cell `input` adds value × weight to each stamp's cell. */
export interface ScatterFrame {
  index: number;
  input: Pair;
  stamps: Stamp[];
}

/** A stamp seen from the output cell it reaches: which input cell sent it, with which weight. */
export interface Arrival {
  input: Pair;
  kernel: Pair;
}

/**
 * A transposed convolution drawn as scatter (overlap-add): every input cell stamps the kernel,
 * scaled by its value, onto the output. Built lazily, like the other diagrams.
 */
export interface ScatterDiagram {
  input: GridSize;
  output: GridSize;
  kernel: GridSize;
  /** input.rows × input.cols; frames run over the input cells, row-major. */
  frameCount: number;
  /** Frame `index`: its input cell and the stamps that land inside the (cropped) output. */
  frame(index: number): ScatterFrame;
  /** The frame of input cell (row, col). */
  frameAt(row: number, col: number): number;
  /**
   * The stamps that reach output cell (row, col), in frame order: their count is the cell's
   * overlap, uneven (a checkerboard) when the kernel size is not a multiple of the stride.
   */
  arrivals(row: number, col: number): Arrival[];
}

/** Throws unless `value` is an integer index into `size` cells. */
function requireIndex(param: string, value: unknown, size: number): void {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= size) {
    throw mustBe(param, value, `an integer from 0 to ${size - 1}`);
  }
}

/**
 * The scatter view of a transposed convolution: input cell (r, c) adds value × kernel[a][b] to
 * output cell (r·s − p_top + a·d, c·s − p_left + b·d); stamps falling in the cropped border (the
 * direct convolution's padding) are not listed. Summing every stamp of every frame reproduces
 * `transposedConvolve` exactly.
 *
 * @example
 * const d = scatterDiagram({ input: 2, kernel: 3, stride: 2 })
 * d.output // { rows: 5, cols: 5 }
 * d.frame(1).stamps[0] // { kernel: [0, 0], output: [0, 2] }
 * d.arrivals(0, 2).length // 2: the stamps of input cells (0, 0) and (0, 1) overlap there
 */
export function scatterDiagram(spec: TransposedConvSpec): ScatterDiagram {
  const { rows, cols } = resolveTransposedSpec(spec);
  blame(spec, () => {
    requireAtMost('kernel', rows.kernel * cols.kernel, 'kernel taps per frame', MAX_FRAME_TAPS);
    requireAtMost('input', rows.input * cols.input, 'input cells');
  });
  const frame = (index: number): ScatterFrame => {
    requireIndex('index', index, rows.input * cols.input);
    const r = Math.floor(index / cols.input);
    const c = index - r * cols.input;
    const stamps: Stamp[] = [];
    const across = stampLinks(cols, c);
    for (const [y, a] of stampLinks(rows, r)) {
      for (const [x, b] of across) stamps.push({ kernel: [a, b], output: [y, x] });
    }
    return { index, input: [r, c], stamps };
  };
  const frameAt = (row: number, col: number): number => {
    requireIndex('row', row, rows.input);
    requireIndex('col', col, cols.input);
    return row * cols.input + col;
  };
  const arrivals = (row: number, col: number): Arrival[] => {
    requireIndex('row', row, rows.output);
    requireIndex('col', col, cols.output);
    const found: Arrival[] = [];
    const across = scatterLinks(cols, col);
    for (const [r, a] of scatterLinks(rows, row)) {
      for (const [c, b] of across) found.push({ input: [r, c], kernel: [a, b] });
    }
    return found;
  };
  return {
    input: { rows: rows.input, cols: cols.input },
    output: { rows: rows.output, cols: cols.output },
    kernel: { rows: rows.kernel, cols: cols.kernel },
    frameCount: rows.input * cols.input,
    frame,
    frameAt,
    arrivals,
  };
}
