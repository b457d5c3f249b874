import { ConvArithmeticError, type Diagram } from '@conv-arithmetic/core';
import { convolveChannels, transposedConvolveChannels } from '@conv-arithmetic/core/channels';
import type { FigureSpec } from '../figure/spec';

/**
 * The numbers a multi-channel figure prints: C_in maps in, the weights in PyTorch's layout
 * (Conv2d's C_out × C_in/groups × k_h × k_w; ConvTranspose2d's C_in × C_out/groups × k_h × k_w,
 * which the taps' `weight` indexes), C_out maps out.
 */
export interface ChannelNumbers {
  input: number[][][];
  weights: number[][][][];
  output: number[][][];
}

/** Small integers, different on each map, so the partial sums differ from map to map. */
const inputPattern = (channel: number, r: number, c: number) => (3 * r + 2 * c + 1 + channel) % 4;
const weightPattern = (out: number, slice: number, a: number, b: number) =>
  (a + 2 * b + 1 + out + 2 * slice) % 3;

const grid = (rows: number, cols: number, at: (r: number, c: number) => number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => at(r, c)));

/**
 * Default input maps and kernels for a diagram, and the output computed from them by the core's
 * `convolveChannels` with the spec's stride, padding, dilation, groups and padding mode: the same
 * convolution the diagram draws.
 */
export function channelNumbers(diagram: Diagram, spec: FigureSpec): ChannelNumbers {
  const { source, kernel, inChannels, outChannels, groups } = diagram;
  const input = Array.from({ length: inChannels }, (_, i) =>
    grid(source.rows, source.cols, (r, c) => inputPattern(i, r, c)),
  );
  const transposed = diagram.kind === 'transposed';
  const [outer, inner] = transposed
    ? [inChannels, outChannels / groups]
    : [outChannels, inChannels / groups];
  const weights = Array.from({ length: outer }, (_, o) =>
    Array.from({ length: inner }, (_, s) =>
      grid(kernel.rows, kernel.cols, (a, b) => weightPattern(o, s, a, b)),
    ),
  );
  const options = { stride: spec.stride, padding: spec.padding, dilation: spec.dilation, groups };
  const output = transposed
    ? transposedConvolveChannels(input, weights, { ...options, outputPadding: spec.outputPadding })
    : convolveChannels(input, weights, { ...options, paddingMode: diagram.paddingMode });
  if (!output.every((map) => map.every((row) => row.every(Number.isFinite)))) {
    throw new ConvArithmeticError('values', undefined, 'values overflow: the output is not finite');
  }
  return { input, weights, output };
}

/** The value drawn cell (row, col) of input map `channel` holds: its own, a copied one, or 0. */
export function channelCellValue(
  diagram: Diagram,
  numbers: ChannelNumbers,
  channel: number,
  row: number,
  col: number,
): number {
  const cell = diagram.cell(row, col);
  const map = numbers.input[channel];
  if (cell.kind === 'input') return map?.[cell.source[0]]?.[cell.source[1]] ?? 0;
  if (cell.kind === 'padding' && cell.source) return map?.[cell.source[0]]?.[cell.source[1]] ?? 0;
  return 0;
}

/**
 * Each input channel's share of one frame's output value: Σ over its taps of value × weight,
 * keyed by absolute input channel, in channel order. They add up to the output cell.
 *
 * @example
 * partialSums(diagram, numbers, 0) // [{ channel: 0, sum: 12 }, { channel: 1, sum: 7 }]
 */
export function partialSums(
  diagram: Diagram,
  numbers: ChannelNumbers,
  frame: number,
): { channel: number; sum: number }[] {
  const sums = new Map<number, number>();
  for (const tap of diagram.frame(frame).taps) {
    const [o, s, a, b] = tap.weight;
    const weight = numbers.weights[o]?.[s]?.[a]?.[b] ?? 0;
    const value = channelCellValue(diagram, numbers, tap.inChannel, tap.drawn[0], tap.drawn[1]);
    sums.set(tap.inChannel, (sums.get(tap.inChannel) ?? 0) + value * weight);
  }
  return [...sums.entries()].sort(([a], [b]) => a - b).map(([channel, sum]) => ({ channel, sum }));
}
