import { type DirectAxis, directAxis, type TransposedAxis, transposedAxis } from './axis';
import { ConvArithmeticError, describeValue, orDefault } from './errors';
import { type Padding, resolvePadding } from './padding';
import { type Pair, type Size2D, toPair } from './pair';

/** A 2-D direct (or dilated) convolution. Every size is a number or a `[rows, cols]` pair. */
export interface ConvSpec {
  input: Size2D;
  kernel: Size2D;
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
}

/** A 2-D transposed convolution; `padding` is that of the direct convolution it transposes. */
export interface TransposedConvSpec extends ConvSpec {
  outputPadding?: Size2D | undefined;
}

/** Both axes of a convolution, validated. */
export interface Resolved<Axis> {
  rows: Axis;
  cols: Axis;
}

function requireSpec(spec: unknown): asserts spec is Record<string, unknown> {
  if (typeof spec !== 'object' || spec === null) {
    throw new ConvArithmeticError(
      'spec',
      spec,
      `spec must be an object, got ${describeValue(spec)}`,
    );
  }
}

function resolveCommon(spec: ConvSpec) {
  requireSpec(spec);
  const input = toPair('input', spec.input, 1);
  const kernel = toPair('kernel', spec.kernel, 1);
  const stride = toPair('stride', orDefault(spec.stride, 1), 1);
  const dilation = toPair('dilation', orDefault(spec.dilation, 1), 1);
  const padding = resolvePadding(spec.padding, kernel, dilation);
  return { input, kernel, stride, dilation, padding };
}

/**
 * Validates a direct-convolution spec and resolves each axis.
 *
 * @example
 * resolveConvSpec({ input: 5, kernel: 3, padding: 'same' }).rows.output // 5
 */
export function resolveConvSpec(spec: ConvSpec): Resolved<DirectAxis> {
  const { input, kernel, stride, dilation, padding } = resolveCommon(spec);
  return {
    rows: directAxis(
      input[0],
      kernel[0],
      stride[0],
      dilation[0],
      padding.top,
      padding.bottom,
      'rows',
    ),
    cols: directAxis(
      input[1],
      kernel[1],
      stride[1],
      dilation[1],
      padding.left,
      padding.right,
      'cols',
    ),
  };
}

/**
 * Validates a transposed-convolution spec and resolves each axis.
 *
 * @example
 * resolveTransposedSpec({ input: 3, kernel: 3, stride: 2, padding: 1 }).cols.output // 5
 */
export function resolveTransposedSpec(spec: TransposedConvSpec): Resolved<TransposedAxis> {
  const { input, kernel, stride, dilation, padding } = resolveCommon(spec);
  const extra = toPair('outputPadding', orDefault(spec.outputPadding, 0), 0);
  const { top, bottom, left, right } = padding;
  return {
    rows: transposedAxis(
      input[0],
      kernel[0],
      stride[0],
      dilation[0],
      top,
      bottom,
      extra[0],
      'rows',
    ),
    cols: transposedAxis(
      input[1],
      kernel[1],
      stride[1],
      dilation[1],
      left,
      right,
      extra[1],
      'cols',
    ),
  };
}

/**
 * `[rows, cols]` of a direct convolution's output.
 *
 * @example
 * outputShape({ input: [6, 5], kernel: 3, stride: 2, padding: 1 }) // [3, 3]
 */
export function outputShape(spec: ConvSpec): Pair {
  const { rows, cols } = resolveConvSpec(spec);
  return [rows.output, cols.output];
}

/**
 * `[rows, cols]` of a transposed convolution's output.
 *
 * @example
 * transposedOutputShape({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 }) // [6, 6]
 */
export function transposedOutputShape(spec: TransposedConvSpec): Pair {
  const { rows, cols } = resolveTransposedSpec(spec);
  return [rows.output, cols.output];
}
