import type { Matrix, Padding, PaddingFill, Pair, PoolMode } from '@conv-arithmetic/core';
import type { FigureKind } from '../figure/spec';
import type { LayoutKind } from '../svg/layout';
import type { FigureView } from '../views/kind';

/** The theme presets a playground offers, by the names the CLI takes. */
export const PLAYGROUND_THEMES = ['classic', 'dark', 'high-contrast', 'slide'] as const;
export type PlaygroundThemeName = (typeof PLAYGROUND_THEMES)[number];

/**
 * Everything a playground shows, as plain data: what the URL, the code snippets and the
 * diagram are made from. Sizes are `[rows, cols]`; padding is any form the components take.
 */
export interface PlaygroundState {
  kind: FigureKind;
  input: Pair;
  kernel: Pair;
  stride: Pair;
  padding: Padding;
  dilation: Pair;
  /** Transposed only: PyTorch's `output_padding`, the paper's odd-case a. */
  outputPadding: Pair;
  /** Pooling only: max or average (PyTorch's MaxPool2d or AvgPool2d). */
  mode: PoolMode;
  /** Pooling only: PyTorch's `ceil_mode`, one more window when the last stride is partial. */
  ceilMode: boolean;
  /**
   * Convolutions only: the paper's picture (`equivalent`), each input cell stamping the kernel
   * (`scatter`, transposed only) or the convolution as a matrix product (`matrix`).
   */
  view: FigureView;
  /** Convolutions only: PyTorch's in_channels (1: one input map; more: drawn as a stack). */
  inChannels: number;
  /** Convolutions only: PyTorch's out_channels, one output map each. */
  outChannels: number;
  /** Convolutions only: PyTorch's groups, dividing both channel counts (= inChannels: depthwise). */
  groups: number;
  /** Direct convolutions only: PyTorch's padding_mode, what padding cells hold. */
  paddingMode: PaddingFill;
  /** Print numbers in the cells (the paper's numerical figures). */
  values: boolean;
  /** With `values`: the input's numbers, or null for the library's defaults. */
  inputValues: Matrix | null;
  /** With `values`: the kernel's numbers, or null for the library's defaults. */
  kernelValues: Matrix | null;
  /**
   * `auto`: the components' own default (a strip for a one-row input, flat with values or
   * channels, else perspective).
   */
  layout: LayoutKind | 'auto';
  theme: PlaygroundThemeName;
}

/** The paper's Figure 2.6: a 3×3 kernel, padding 1, stride 2 over a 5×5 input. */
export const DEFAULT_PLAYGROUND_STATE: PlaygroundState = {
  kind: 'conv',
  input: [5, 5],
  kernel: [3, 3],
  stride: [2, 2],
  padding: 1,
  dilation: [1, 1],
  outputPadding: [0, 0],
  mode: 'max',
  ceilMode: false,
  view: 'equivalent',
  inChannels: 1,
  outChannels: 1,
  groups: 1,
  paddingMode: 'zeros',
  values: false,
  inputValues: null,
  kernelValues: null,
  layout: 'auto',
  theme: 'classic',
};
