import {
  type AxisName,
  type DirectAxis,
  directAxis,
  type TransposedAxis,
  transposedAxis,
} from './axis';
import { orDefault, requireInteger } from './errors';
import { type AxisPadding, resolveAxisPadding } from './padding';

/** One axis of a direct convolution. */
export interface AxisSpec {
  input: number;
  kernel: number;
  stride?: number | undefined;
  padding?: AxisPadding | undefined;
  dilation?: number | undefined;
}

/** One axis of a transposed convolution; `padding` is that of the direct convolution it transposes. */
export interface TransposedAxisSpec extends AxisSpec {
  outputPadding?: number | undefined;
}

function resolveAxisCommon(spec: AxisSpec) {
  const input = requireInteger('input', spec.input, 1);
  const kernel = requireInteger('kernel', spec.kernel, 1);
  const stride = requireInteger('stride', orDefault(spec.stride, 1), 1);
  const dilation = requireInteger('dilation', orDefault(spec.dilation, 1), 1);
  const [before, after] = resolveAxisPadding(spec.padding, kernel, dilation);
  return { input, kernel, stride, dilation, before, after };
}

/** Validates and resolves one axis of a direct convolution. */
export function resolveDirectAxis(spec: AxisSpec, axis?: AxisName): DirectAxis {
  const { input, kernel, stride, dilation, before, after } = resolveAxisCommon(spec);
  return directAxis(input, kernel, stride, dilation, before, after, axis);
}

/** Validates and resolves one axis of a transposed convolution. */
export function resolveTransposedAxis(spec: TransposedAxisSpec, axis?: AxisName): TransposedAxis {
  const { input, kernel, stride, dilation, before, after } = resolveAxisCommon(spec);
  const outputPadding = requireInteger('outputPadding', orDefault(spec.outputPadding, 0), 0);
  return transposedAxis(input, kernel, stride, dilation, before, after, outputPadding, axis);
}

/**
 * Output size of a direct convolution along one axis:
 * o = floor((i + p_before + p_after − d·(k−1) − 1) / s) + 1.
 *
 * @example
 * convOutputSize({ input: 5, kernel: 3, stride: 2, padding: 1 }) // 3 (the paper's Fig 2.6)
 * convOutputSize({ input: 7, kernel: 3, dilation: 2 }) // 3 (Fig 5.1)
 * convOutputSize({ input: 5, kernel: 4, padding: 'same' }) // 5
 */
export function convOutputSize(spec: AxisSpec): number {
  return resolveDirectAxis(spec).output;
}

/**
 * Output size of a transposed convolution along one axis, PyTorch's ConvTranspose semantics:
 * o = (i − 1)·s − p_before − p_after + d·(k − 1) + outputPadding + 1.
 *
 * @example
 * transposedConvOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1 }) // 5 (Fig 4.6)
 * transposedConvOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }) // 6 (Fig 4.7)
 */
export function transposedConvOutputSize(spec: TransposedAxisSpec): number {
  return resolveTransposedAxis(spec).output;
}
