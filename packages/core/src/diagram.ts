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
import { fillIndex, type PaddingFill } from './fill';
import { MAX_FRAME_TAPS, requireAtMost } from './limits';
import type { Sides } from './padding';
import type { Pair } from './pair';
import { type ConvSpec, type Layers, resolveAxes } from './spec';

/** Rows and columns of a grid. */
export interface GridSize {
  rows: number;
  cols: number;
}

/**
 * What one cell of the drawn grid holds. A padding cell of a `paddingMode` other than `'zeros'`
 * copies an input cell: `source` is that cell (the same on every input channel).
 */
export type DrawnCell =
  | { kind: 'input'; source: Pair }
  | { kind: 'padding'; source?: Pair }
  | { kind: 'inserted' };

/**
 * One kernel tap of a frame: the original kernel weight and the drawn cell it multiplies, on
 * input channel `inChannel` (absolute, 0 with one channel). `weight` indexes PyTorch's weight
 * tensor: `[outChannel, inChannel − group start, a, b]` of Conv2d's C_out × C_in/groups × k_h × k_w
 * (a transposed diagram: `[inChannel, outChannel − group start, a, b]` of ConvTranspose2d's
 * C_in × C_out/groups × k_h × k_w); `kernel` is its `[a, b]`. A pool has no weights: `kernel` is
 * then the tap's position in the window (row, col), and `weight` `[0, 0, row, col]`.
 */
export interface Tap {
  kernel: Pair;
  drawn: Pair;
  inChannel: number;
  weight: readonly [outChannel: number, inChannel: number, a: number, b: number];
}

/**
 * One animation frame: the output cell (`outChannel`, `output`) being computed and the taps that
 * compute it, input channel by input channel of its group, each row-major over the kernel.
 */
export interface Frame {
  index: number;
  outChannel: number;
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
  /** Input and output channels (1 and 1 unless given), and the groups that split both. */
  inChannels: number;
  outChannels: number;
  groups: number;
  /** What padding cells hold (always `'zeros'` for transposed and pool diagrams). */
  paddingMode: PaddingFill;
  /**
   * outChannels × output.rows × output.cols; frames run output channel by output channel, each
   * row-major from the top-left.
   */
  frameCount: number;
  /** A cell of the drawn grid, the same on every input channel. */
  cell(row: number, col: number): DrawnCell;
  frame(index: number): Frame;
  /** The window's bounding box in frame `index`. */
  window(index: number): WindowBox;
  /** The frame computing output cell (row, col) of output channel `outChannel` (default 0). */
  frameAt(row: number, col: number, outChannel?: number): number;
  /**
   * Every frame whose taps read drawn cell (row, col), in frame order: of every output channel,
   * or only of those reading input channel `inChannel` (the output channels of its group).
   */
  framesReading(row: number, col: number, inChannel?: number): number[];
}

/** The layers of a one-channel diagram with zero padding. */
const SINGLE: Layers = { inChannels: 1, outChannels: 1, groups: 1, paddingMode: 'zeros' };

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

type Quad = Tap['weight'];

/**
 * Builds a diagram from its two drawn axes and its layers, once its limits hold: at most
 * MAX_FRAME_TAPS taps a frame (kernel taps × input channels of a group), and a drawn grid and a
 * frame count of safe-integer size.
 */
export function createDiagram(
  kind: Diagram['kind'],
  rows: DrawnAxis,
  cols: DrawnAxis,
  layers: Layers = SINGLE,
): Diagram {
  const { inChannels, outChannels, groups, paddingMode } = layers;
  const kernelTaps = rows.kernel * cols.kernel;
  const inPerGroup = inChannels / groups;
  const outPerGroup = outChannels / groups;
  requireAtMost(
    kernelTaps > MAX_FRAME_TAPS ? 'kernel' : 'inChannels',
    kernelTaps * inPerGroup,
    'kernel taps per frame',
    MAX_FRAME_TAPS,
  );
  requireAtMost('input', rows.size * cols.size, 'drawn cells');
  const plane = rows.output * cols.output;
  const frameCount = plane * outChannels;
  requireAtMost('outChannels', frameCount, 'frames');
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
  // The weight indices of one output channel's taps, shared by its frames: frames play channel
  // by channel, so keeping the last channel's builds them once per channel.
  let quadsOf = -1;
  let quads: Quad[] = [];
  const weightQuads = (outChannel: number): Quad[] => {
    if (outChannel === quadsOf) return quads;
    const group = Math.floor(outChannel / outPerGroup);
    quads = [];
    for (let i = 0; i < inPerGroup; i++) {
      for (const [a, b] of kernelPairs) {
        // ConvTranspose2d's weights are laid out input channel first.
        const q: Quad =
          kind === 'transposed'
            ? [group * inPerGroup + i, outChannel - group * outPerGroup, a, b]
            : [outChannel, i, a, b];
        quads.push(Object.freeze(q) as Quad);
      }
    }
    quadsOf = outChannel;
    return quads;
  };

  const frame = (index: number): Frame => {
    requireIndex('index', index, frameCount);
    const outChannel = Math.floor(index / plane);
    const inPlane = index - outChannel * plane;
    const outRow = Math.floor(inPlane / cols.output);
    const outCol = inPlane - outRow * cols.output;
    const top = outRow * rows.stride;
    const left = outCol * cols.stride;
    const firstIn = Math.floor(outChannel / outPerGroup) * inPerGroup;
    const weights = weightQuads(outChannel);
    const taps: Tap[] = [];
    let t = 0;
    for (let a = 0; a < rows.kernel; a++) {
      const r = top + a * rows.dilation;
      for (let b = 0; b < cols.kernel; b++, t++) {
        const c = left + b * cols.dilation;
        // A ceil-mode pooling window may hang past the padded input: those cells are never read.
        if (r < rowEnd && c < colEnd) {
          const kernel = kernelPairs[t] as Pair;
          taps.push({ kernel, drawn: [r, c], inChannel: firstIn, weight: weights[t] as Quad });
        }
      }
    }
    // The other input channels of the group tap the same cells (no window overhangs there).
    for (let i = 1; i < inPerGroup; i++) {
      for (let t = 0; t < kernelTaps; t++) {
        const { kernel, drawn } = taps[t] as Tap;
        const weight = weights[i * kernelTaps + t] as Quad;
        taps.push({ kernel, drawn, inChannel: firstIn + i, weight });
      }
    }
    return { index, outChannel, output: [outRow, outCol], taps };
  };

  const cell = (row: number, col: number): DrawnCell => {
    requireIndex('row', row, rows.size);
    requireIndex('col', col, cols.size);
    const r = classify(rows, row);
    const c = classify(cols, col);
    if (r === PADDING || c === PADDING) {
      // Only direct diagrams fill: their drawn axis is the padded input, one cell per position.
      return paddingMode === 'zeros'
        ? PADDING_CELL
        : {
            kind: 'padding',
            source: [
              fillIndex(paddingMode, row - rows.before, rows.input),
              fillIndex(paddingMode, col - cols.before, cols.input),
            ],
          };
    }
    if (r === INSERTED || c === INSERTED) return INSERTED_CELL;
    return { kind: 'input', source: [r, c] };
  };

  const windowBox = (index: number): WindowBox => {
    requireIndex('index', index, frameCount);
    const inPlane = index % plane;
    const outRow = Math.floor(inPlane / cols.output);
    return {
      row: outRow * rows.stride,
      col: (inPlane - outRow * cols.output) * cols.stride,
      rows: rows.dilation * (rows.kernel - 1) + 1,
      cols: cols.dilation * (cols.kernel - 1) + 1,
    };
  };

  const frameAt = (row: number, col: number, outChannel = 0): number => {
    requireIndex('row', row, rows.output);
    requireIndex('col', col, cols.output);
    requireIndex('outChannel', outChannel, outChannels);
    return outChannel * plane + row * cols.output + col;
  };

  const framesReading = (row: number, col: number, inChannel?: number): number[] => {
    requireIndex('row', row, rows.size);
    requireIndex('col', col, cols.size);
    let first = 0;
    let count = outChannels;
    if (inChannel !== undefined) {
      requireIndex('inChannel', inChannel, inChannels);
      first = Math.floor(inChannel / inPerGroup) * outPerGroup;
      count = outPerGroup;
    }
    const found: number[] = [];
    const rowOuts = outputsReading(rows, row);
    const colOuts = outputsReading(cols, col);
    for (let o = first; o < first + count; o++) {
      for (const y of rowOuts) for (const x of colOuts) found.push(o * plane + y * cols.output + x);
    }
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
    inChannels,
    outChannels,
    groups,
    paddingMode,
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
 * paper's chapter 5, its taps spaced d apart. With channels, frames run output channel by output
 * channel and each frame taps every input channel of the output channel's group.
 *
 * @example
 * const d = convDiagram({ input: 5, kernel: 3, padding: 1, stride: 2 })
 * d.input // { rows: 7, cols: 7 } (padding drawn)
 * d.frameCount // 9
 * d.frame(1).taps[0] // { kernel: [0, 0], drawn: [0, 2], inChannel: 0, weight: [0, 0, 0, 0] }
 * const fig13 = convDiagram({ input: 5, kernel: 3, inChannels: 2, outChannels: 3 }) // Fig 1.3
 * fig13.frameCount // 27: 3 output maps of 3×3
 * fig13.frame(9).taps[9] // { kernel: [0, 0], drawn: [0, 0], inChannel: 1, weight: [1, 1, 0, 0] }
 * convDiagram({ input: 3, kernel: 3, padding: 1, paddingMode: 'reflect' }).cell(0, 0)
 * // { kind: 'padding', source: [1, 1] }
 */
export function convDiagram(spec: ConvSpec): Diagram {
  const { rows, cols, layers } = resolveAxes(spec);
  return blame(spec, () =>
    createDiagram('conv', drawnDirectAxis(rows), drawnDirectAxis(cols), layers),
  );
}
