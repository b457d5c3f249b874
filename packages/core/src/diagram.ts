import {
  classify,
  type DrawnAxis,
  drawnDirectAxis,
  INSERTED,
  outputsReading,
  PADDING,
  tapEnd,
} from './drawnAxis';
import { blame, mustBe } from './errors';
import { MAX_FRAME_TAPS, requireAtMost } from './limits';
import type { Sides } from './padding';
import type { Pair } from './pair';
import { type ConvSpec, resolveConvSpec } from './spec';

/** Rows and columns of a grid. */
export interface GridSize {
  rows: number;
  cols: number;
}

/** What one cell of the drawn grid holds. */
export type DrawnCell =
  | { kind: 'input'; source: Pair }
  | { kind: 'padding' }
  | { kind: 'inserted' };

/**
 * One kernel tap of a frame: the original kernel weight and the drawn cell it multiplies. A pool
 * has no weights: `kernel` is then the tap's position in the window (row, col).
 */
export interface Tap {
  kernel: Pair;
  drawn: Pair;
}

/** One animation frame: the output cell being computed and the taps that compute it. */
export interface Frame {
  index: number;
  output: Pair;
  taps: Tap[];
}

/** The kernel window's bounding box on the drawn grid (dilated extent, gaps included). */
export interface WindowBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The model every animation draws. Built lazily: frames and cells are computed on request, so a
 * 512×512 diagram costs a few numbers, not 262,144 frames.
 */
export interface Diagram {
  kind: 'conv' | 'transposed' | 'pool';
  /** The grid as drawn: padding and inserted zeros included. */
  input: GridSize;
  output: GridSize;
  /** The kernel, un-dilated. */
  kernel: GridSize;
  /** The input before padding and zero insertion. */
  source: GridSize;
  /** Step of the window on the drawn grid (always 1 for transposed diagrams). */
  stride: Pair;
  dilation: Pair;
  /**
   * Padding cells drawn on each side (for transposed diagrams, d·(k−1)−p plus outputPadding after;
   * for pool diagrams, plus the cells a ceil-mode window hangs past the padding, never tapped).
   */
  padding: Sides;
  /** Distance between neighbouring source cells on the drawn grid (the stride, when transposed). */
  spacing: Pair;
  /** output.rows × output.cols; frames run row-major from the top-left. */
  frameCount: number;
  cell(row: number, col: number): DrawnCell;
  frame(index: number): Frame;
  /** The window's bounding box in frame `index`. */
  window(index: number): WindowBox;
  /** The frame computing output cell (row, col). */
  frameAt(row: number, col: number): number;
  /** Every frame whose taps read drawn cell (row, col), in frame order. */
  framesReading(row: number, col: number): number[];
}

const PADDING_CELL: DrawnCell = Object.freeze({ kind: 'padding' });
const INSERTED_CELL: DrawnCell = Object.freeze({ kind: 'inserted' });

function requireIndex(param: string, value: unknown, size: number): void {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= size) {
    throw mustBe(param, value, `an integer from 0 to ${size - 1}`);
  }
}

/** For each window offset, the kernel index whose weight it applies (reversed when flipped). */
function weightIndices(axis: DrawnAxis): number[] {
  return Array.from({ length: axis.kernel }, (_, j) => (axis.flipped ? axis.kernel - 1 - j : j));
}

/**
 * Builds a diagram from its two drawn axes, once its limits hold: at most MAX_FRAME_TAPS taps a
 * frame, and a drawn grid (so every size and the frame count) of safe-integer size.
 */
export function createDiagram(kind: Diagram['kind'], rows: DrawnAxis, cols: DrawnAxis): Diagram {
  requireAtMost('kernel', rows.kernel * cols.kernel, 'kernel taps per frame', MAX_FRAME_TAPS);
  requireAtMost('input', rows.size * cols.size, 'drawn cells');
  const frameCount = rows.output * cols.output;
  const rowEnd = tapEnd(rows);
  const colEnd = tapEnd(cols);
  const rowWeights = weightIndices(rows);
  const colWeights = weightIndices(cols);
  // Tap kernel indices never change between frames; share one frozen pair per tap.
  const kernelPairs: Pair[] = [];
  for (let a = 0; a < rows.kernel; a++) {
    for (let b = 0; b < cols.kernel; b++) {
      kernelPairs.push(Object.freeze([rowWeights[a] as number, colWeights[b] as number]) as Pair);
    }
  }

  const frame = (index: number): Frame => {
    requireIndex('index', index, frameCount);
    const outRow = Math.floor(index / cols.output);
    const outCol = index - outRow * cols.output;
    const top = outRow * rows.stride;
    const left = outCol * cols.stride;
    const taps: Tap[] = [];
    let t = 0;
    for (let a = 0; a < rows.kernel; a++) {
      const r = top + a * rows.dilation;
      for (let b = 0; b < cols.kernel; b++, t++) {
        const c = left + b * cols.dilation;
        // A ceil-mode pooling window may hang past the padded input: those cells are never read.
        if (r < rowEnd && c < colEnd) taps.push({ kernel: kernelPairs[t] as Pair, drawn: [r, c] });
      }
    }
    return { index, output: [outRow, outCol], taps };
  };

  const cell = (row: number, col: number): DrawnCell => {
    requireIndex('row', row, rows.size);
    requireIndex('col', col, cols.size);
    const r = classify(rows, row);
    const c = classify(cols, col);
    if (r === PADDING || c === PADDING) return PADDING_CELL;
    if (r === INSERTED || c === INSERTED) return INSERTED_CELL;
    return { kind: 'input', source: [r, c] };
  };

  const windowBox = (index: number): WindowBox => {
    requireIndex('index', index, frameCount);
    const outRow = Math.floor(index / cols.output);
    return {
      row: outRow * rows.stride,
      col: (index - outRow * cols.output) * cols.stride,
      rows: rows.dilation * (rows.kernel - 1) + 1,
      cols: cols.dilation * (cols.kernel - 1) + 1,
    };
  };

  const frameAt = (row: number, col: number): number => {
    requireIndex('row', row, rows.output);
    requireIndex('col', col, cols.output);
    return row * cols.output + col;
  };

  const framesReading = (row: number, col: number): number[] => {
    requireIndex('row', row, rows.size);
    requireIndex('col', col, cols.size);
    const found: number[] = [];
    const rowOuts = outputsReading(rows, row);
    const colOuts = outputsReading(cols, col);
    for (const y of rowOuts) for (const x of colOuts) found.push(y * cols.output + x);
    return found;
  };

  const grid = (key: keyof DrawnAxis): GridSize =>
    ({ rows: rows[key], cols: cols[key] }) as GridSize;
  const pair = (key: keyof DrawnAxis) => [rows[key], cols[key]] as Pair;
  return {
    kind,
    input: grid('size'),
    output: grid('output'),
    kernel: grid('kernel'),
    source: grid('input'),
    stride: pair('stride'),
    dilation: pair('dilation'),
    padding: { top: rows.before, right: cols.after, bottom: rows.after, left: cols.before },
    spacing: pair('spacing'),
    frameCount,
    cell,
    frame,
    window: windowBox,
    frameAt,
    framesReading,
  };
}

/**
 * The diagram of a direct convolution; with `dilation > 1` it is the dilated convolution of the
 * paper's chapter 5, its taps spaced d apart.
 *
 * @example
 * const d = convDiagram({ input: 5, kernel: 3, padding: 1, stride: 2 })
 * d.input // { rows: 7, cols: 7 } (padding drawn)
 * d.frameCount // 9
 * d.frame(1).taps[0] // { kernel: [0, 0], drawn: [0, 2] }
 */
export function convDiagram(spec: ConvSpec): Diagram {
  const { rows, cols } = resolveConvSpec(spec);
  return blame(spec, () => createDiagram('conv', drawnDirectAxis(rows), drawnDirectAxis(cols)));
}
