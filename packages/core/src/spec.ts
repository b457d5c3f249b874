import type { AxisName, DirectAxis, TransposedAxis } from './axis';
import { blame, orDefault, requireObject } from './errors';
import { resolveAxis } from './outputSize';
import { axisPaddings, type Padding } from './padding';
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

/**
 * Validates a 2-D spec and resolves each axis as a one-axis spec; every error holds the caller's
 * value of the field it names.
 */
function resolveAxes(spec: unknown, transposed?: boolean): Resolved<DirectAxis> {
  const fields = requireObject('spec', spec);
  return blame(fields, () => {
    const input = toPair('input', fields.input, 1);
    const kernel = toPair('kernel', fields.kernel, 1);
    const stride = toPair('stride', orDefault(fields.stride, 1), 1);
    const dilation = toPair('dilation', orDefault(fields.dilation, 1), 1);
    const paddings = axisPaddings(fields.padding);
    const outputPadding = toPair('outputPadding', orDefault(fields.outputPadding, 0), 0);
    const axis = (i: 0 | 1, name: AxisName) =>
      resolveAxis(
        {
          input: input[i],
          kernel: kernel[i],
          stride: stride[i],
          dilation: dilation[i],
          padding: paddings[i],
          outputPadding: outputPadding[i],
        },
        transposed,
        name,
      );
    return { rows: axis(0, 'rows'), cols: axis(1, 'cols') };
  });
}

/**
 * Validates a direct-convolution spec and resolves each axis.
 *
 * @example
 * resolveConvSpec({ input: 5, kernel: 3, padding: 'same' }).rows.output // 5
 */
export function resolveConvSpec(spec: ConvSpec): Resolved<DirectAxis> {
  return resolveAxes(spec);
}

/**
 * Validates a transposed-convolution spec and resolves each axis.
 *
 * @example
 * resolveTransposedSpec({ input: 3, kernel: 3, stride: 2, padding: 1 }).cols.output // 5
 */
export function resolveTransposedSpec(spec: TransposedConvSpec): Resolved<TransposedAxis> {
  return resolveAxes(spec, true) as Resolved<TransposedAxis>;
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
