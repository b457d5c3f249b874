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

/** The validated numbers of one axis, before its output is known. */
export type AxisSizes = Omit<DirectAxis, 'output'>;

export const on = (axis: AxisName | undefined) => (axis ? ` on ${axis}` : '');

/**
 * The padded size of an axis and its window's span d·(k−1)+1, once the window fits: within the
 * padded input, or past it by at most `slack` cells (a ceil-mode pooling's stride − 1).
 */
export function fitWindow(
  a: AxisSizes,
  axis?: AxisName,
  slack = 0,
): [padded: number, span: number] {
  const padded = a.input + a.before + a.after;
  requireAtMost('padding', padded, `padded cells${on(axis)}`);
  // Taps spread over d·(k−1)+1 cells; past 2^53 that is larger than any safe padded size.
  const span = a.dilation * (a.kernel - 1) + 1;
  if (span - padded > slack) {
    throw new ConvArithmeticError(
      'kernel',
      a.kernel,
      `kernel (effective size ${span}) is larger than the padded input (${padded})${slack ? ' by the stride or more' : ''}${on(axis)}`,
    );
  }
  return [padded, span];
}

/**
 * Resolves a direct-convolution axis: o = floor((i + p_before + p_after − d·(k−1) − 1) / s) + 1
 * (the report's Relationship 15, with asymmetric padding). Errors hold this axis's numbers;
 * callers `blame` them on the caller's values.
 */
export function directAxis(a: AxisSizes, axis?: AxisName): DirectAxis {
  const [padded, span] = fitWindow(a, axis);
  return { ...a, output: Math.floor((padded - span) / a.stride) + 1 };
}

/**
 * Resolves a transposed-convolution axis with PyTorch's ConvTranspose semantics:
 * o = (i − 1)·s − p_before − p_after + d·(k − 1) + outputPadding + 1.
 */
export function transposedAxis(
  a: AxisSizes,
  outputPadding: number,
  axis?: AxisName,
): TransposedAxis {
  // PyTorch's rule: beyond max(s, d) the extra cells could never be reached by any tap pattern.
  const limit = Math.max(a.stride, a.dilation);
  if (outputPadding >= limit) {
    throw new ConvArithmeticError(
      'outputPadding',
      outputPadding,
      `outputPadding (${outputPadding}) must be smaller than max(stride, dilation) (${limit})${on(axis)}`,
    );
  }
  // Unpadded first: once that is a safe integer, so is every term and the padded result.
  const full = (a.input - 1) * a.stride + a.dilation * (a.kernel - 1) + outputPadding + 1;
  requireAtMost('input', full, `output cells${on(axis)}`);
  const output = full - a.before - a.after;
  if (output < 1) {
    throw new ConvArithmeticError(
      'padding',
      a.before,
      `padding (${a.before} + ${a.after}) leaves no output (size ${output})${on(axis)}`,
    );
  }
  return { ...a, output, outputPadding };
}
