import {
  type AxisName,
  type DirectAxis,
  directAxis,
  type TransposedAxis,
  transposedAxis,
} from './axis';
import { blame, orDefault, requireInteger, requireObject } from './errors';
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

/**
 * Validates a one-axis spec and resolves it, as a transposed convolution when `transposed`; every
 * error holds the caller's value of the field it names. `name` is the axis of a 2-D spec.
 */
export function resolveAxis(spec: unknown, transposed: true, name?: AxisName): TransposedAxis;
export function resolveAxis(spec: unknown, transposed?: boolean, name?: AxisName): DirectAxis;
export function resolveAxis(spec: unknown, transposed?: boolean, name?: AxisName): DirectAxis {
  const fields = requireObject('spec', spec);
  return blame(fields, () => {
    const input = requireInteger('input', fields.input, 1);
    const kernel = requireInteger('kernel', fields.kernel, 1);
    const stride = requireInteger('stride', orDefault(fields.stride, 1), 1);
    const dilation = requireInteger('dilation', orDefault(fields.dilation, 1), 1);
    const [before, after] = resolveAxisPadding(fields.padding as AxisPadding, kernel, dilation);
    const extra = requireInteger('outputPadding', orDefault(fields.outputPadding, 0), 0);
    const sizes = { input, kernel, stride, dilation, before, after };
    return transposed ? transposedAxis(sizes, extra, name) : directAxis(sizes, name);
  });
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
  return resolveAxis(spec).output;
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
  return resolveAxis(spec, true).output;
}
