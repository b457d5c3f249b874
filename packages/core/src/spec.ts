import type { AxisName, DirectAxis, TransposedAxis } from './axis';
import { blame, mustBe, orDefault, requireInteger, requireObject } from './errors';
import { checkFill, type PaddingFill, requireFill } from './fill';
import { resolveAxis } from './outputSize';
import { axisPaddings, type Padding } from './padding';
import { type Pair, type Size2D, toPair } from './pair';

/**
 * A 2-D direct (or dilated) convolution. Every size is a number or a `[rows, cols]` pair. The
 * channels are PyTorch's `Conv2d(inChannels, outChannels, kernel, groups=groups)`: `groups`
 * divides both channel counts, and each output channel reads the `inChannels / groups` input
 * channels of its group (`groups = inChannels` is depthwise). `paddingMode` is what padding cells
 * hold, PyTorch's `padding_mode`.
 */
export interface ConvSpec {
  input: Size2D;
  kernel: Size2D;
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
  /** Default `'zeros'`; reflect needs padding smaller than the input, circular at most the input. */
  paddingMode?: PaddingFill | undefined;
  /** Default 1. */
  inChannels?: number | undefined;
  /** Default 1. */
  outChannels?: number | undefined;
  /** Default 1; divides `inChannels` and `outChannels`. */
  groups?: number | undefined;
}

/**
 * A 2-D transposed convolution; `padding` is that of the direct convolution it transposes.
 * PyTorch's `ConvTranspose2d` pads with zeros only, so `paddingMode` can only be `'zeros'`.
 */
export interface TransposedConvSpec extends ConvSpec {
  outputPadding?: Size2D | undefined;
}

/** Both axes of a convolution, validated. */
export interface Resolved<Axis> {
  rows: Axis;
  cols: Axis;
}

/** The channels and padding fill of a spec, validated. */
export interface Layers {
  inChannels: number;
  outChannels: number;
  groups: number;
  paddingMode: PaddingFill;
}

/** Validates the channel counts and groups of a spec (each defaults to 1). */
export function resolveChannels(fields: Record<string, unknown>): Omit<Layers, 'paddingMode'> {
  const count = (name: string) => requireInteger(name, orDefault(fields[name], 1), 1);
  const inChannels = count('inChannels');
  const outChannels = count('outChannels');
  const groups = count('groups');
  if (inChannels % groups || outChannels % groups) {
    throw mustBe(
      'groups',
      groups,
      `a divisor of inChannels (${inChannels}) and outChannels (${outChannels})`,
    );
  }
  return { inChannels, outChannels, groups };
}

/**
 * Validates a 2-D spec and resolves each axis as a one-axis spec; every error holds the caller's
 * value of the field it names.
 */
export function resolveAxes(
  spec: unknown,
  transposed?: boolean,
): Resolved<DirectAxis> & { layers: Layers } {
  const fields = requireObject('spec', spec);
  return blame(fields, () => {
    const paddingMode = requireFill(fields.paddingMode);
    if (transposed && paddingMode !== 'zeros') {
      throw mustBe('paddingMode', paddingMode, "'zeros' for a transposed convolution");
    }
    const layers = { ...resolveChannels(fields), paddingMode };
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
    const rows = axis(0, 'rows');
    const cols = axis(1, 'cols');
    checkFill(paddingMode, rows, 'rows');
    checkFill(paddingMode, cols, 'cols');
    return { rows, cols, layers };
  });
}

/**
 * Validates a direct-convolution spec and resolves each axis.
 *
 * @example
 * resolveConvSpec({ input: 5, kernel: 3, padding: 'same' }).rows.output // 5
 */
export function resolveConvSpec(spec: ConvSpec): Resolved<DirectAxis> {
  const { rows, cols } = resolveAxes(spec);
  return { rows, cols };
}

/**
 * Validates a transposed-convolution spec and resolves each axis.
 *
 * @example
 * resolveTransposedSpec({ input: 3, kernel: 3, stride: 2, padding: 1 }).cols.output // 5
 */
export function resolveTransposedSpec(spec: TransposedConvSpec): Resolved<TransposedAxis> {
  const { rows, cols } = resolveAxes(spec, true);
  return { rows, cols } as Resolved<TransposedAxis>;
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
