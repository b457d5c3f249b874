import { ConvArithmeticError } from './errors';
import { requireAtMost } from './limits';

/** Which axis a 2-D check is about, for error messages; absent for the one-axis API. */
export type AxisName = 'rows' | 'cols';

/** One axis of a direct convolution, validated and resolved. */
export interface DirectAxis {
  input: number;
  kernel: number;
  stride: number;
  dilation: number;
  before: number;
  after: number;
  output: number;
}

/** One axis of a transposed convolution; `before`/`after` pad the direct convolution it transposes. */
export interface TransposedAxis extends DirectAxis {
  outputPadding: number;
}

const on = (axis: AxisName | undefined) => (axis ? ` on ${axis}` : '');

/** Taps spread over d·(k−1)+1 cells. */
export const effectiveKernel = (kernel: number, dilation: number) => dilation * (kernel - 1) + 1;

/**
 * Resolves a direct-convolution axis (errors hold this axis's numbers; callers `blame` them on
 * the caller's values): o = floor((i + p_before + p_after − d·(k−1) − 1) / s) + 1
 * (the report's Relationship 15, with asymmetric padding). Inputs are validated integers.
 */
export function directAxis(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  before: number,
  after: number,
  axis?: AxisName,
): DirectAxis {
  const padded = input + before + after;
  requireAtMost('padding', padded, `cells of padded input${on(axis)}`);
  const span = effectiveKernel(kernel, dilation);
  if (span > padded) {
    throw new ConvArithmeticError(
      'kernel',
      kernel,
      `kernel (effective size ${span}) is larger than the padded input (${padded})${on(axis)}`,
    );
  }
  const output = Math.floor((padded - span) / stride) + 1;
  return { input, kernel, stride, dilation, before, after, output };
}

/**
 * Resolves a transposed-convolution axis with PyTorch's ConvTranspose semantics:
 * o = (i − 1)·s − p_before − p_after + d·(k − 1) + outputPadding + 1.
 */
export function transposedAxis(
  input: number,
  kernel: number,
  stride: number,
  dilation: number,
  before: number,
  after: number,
  outputPadding: number,
  axis?: AxisName,
): TransposedAxis {
  // PyTorch's rule: beyond max(s, d) the extra cells could never be reached by any tap pattern.
  const limit = Math.max(stride, dilation);
  if (outputPadding >= limit) {
    throw new ConvArithmeticError(
      'outputPadding',
      outputPadding,
      `outputPadding (${outputPadding}) must be smaller than max(stride, dilation) (${limit})${on(axis)}`,
    );
  }
  // Unpadded first: once that is a safe integer, so is every term and the padded result.
  const full = (input - 1) * stride + dilation * (kernel - 1) + outputPadding + 1;
  requireAtMost('input', full, `cells of transposed output${on(axis)}`);
  const output = full - before - after;
  if (output < 1) {
    throw new ConvArithmeticError(
      'padding',
      [before, after],
      `padding (${before} + ${after}) leaves no output: the transposed output size would be ${output}${on(axis)}`,
    );
  }
  return {
    input,
    kernel,
    stride,
    dilation,
    before,
    after,
    output,
    outputPadding,
  };
}
