// Entry point `@conv-arithmetic/core/channels`: convolutions of stacks of feature maps (PyTorch's
// Conv2d and ConvTranspose2d), apart from the main entry, whose size budget the diagrams fill.
import type { DirectAxis } from './axis';
import {
  blame,
  ConvArithmeticError,
  mustBe,
  orDefault,
  requireInteger,
  requireObject,
} from './errors';
import { fillIndex, type PaddingFill } from './fill';
import { MAX_CONVOLVE_CELLS, MAX_MULTIPLY_ADDS, requireAtMost } from './limits';
import { type Matrix, matrixShape, zeros } from './matrix';
import type { Padding } from './padding';
import type { Pair, Size2D } from './pair';
import { scatterInto } from './scatterInto';
import { type Layers, type Resolved, resolveAxes, resolveChannels } from './spec';

/** Options of `convolveChannels`: PyTorch's Conv2d. */
export interface ConvolveChannelsOptions {
  stride?: Size2D | undefined;
  padding?: Padding | undefined;
  dilation?: Size2D | undefined;
  /** Divides both channel counts (default 1); `groups` = input channels is depthwise. */
  groups?: number | undefined;
  /** What padding cells hold, PyTorch's `padding_mode` (default `'zeros'`). */
  paddingMode?: PaddingFill | undefined;
  /** One number per output channel, added to each of its cells. */
  bias?: readonly number[] | undefined;
}

/**
 * Options of `transposedConvolveChannels`: PyTorch's ConvTranspose2d, whose padding is zeros only
 * and is that of the direct convolution it transposes.
 */
export interface TransposedConvolveChannelsOptions extends ConvolveChannelsOptions {
  outputPadding?: Size2D | undefined;
}

const STACK = 'a non-empty stack of equally shaped, non-empty, rectangular grids of finite numbers';

/** The shape `[count, rows, cols]` of a stack of equally shaped grids, validated. */
function stackShape(param: string, value: unknown): [number, number, number] {
  const maps: unknown[] = Array.isArray(value) ? [...value] : [];
  const shapes = maps.map((map) => matrixShape(param, map));
  const [rows, cols] = shapes[0] ?? [];
  if (!rows || !cols || shapes.some(([r, c]) => r !== rows || c !== cols)) {
    throw mustBe(param, value, STACK);
  }
  return [maps.length, rows, cols];
}

/** A stacked convolution's validated axes and layers, its limits checked. */
type Plan = Resolved<DirectAxis> & { layers: Layers };

/**
 * Resolves a convolution of `shape` maps by `kernelShape` kernels with `channels`, and checks its
 * limits from those numbers alone, before anything is allocated.
 */
function planStacks(
  shape: Pair,
  kernelShape: Pair,
  fields: Record<string, unknown>,
  channels: Omit<Layers, 'paddingMode'>,
  transposed?: boolean,
): Plan {
  const planned = resolveAxes(
    { ...fields, ...channels, input: shape, kernel: kernelShape },
    transposed,
  );
  const { rows, cols, layers } = planned;
  const plane = rows.output * cols.output;
  requireAtMost(
    // What made the output large: as for `convolve` when one map is too large, else the maps.
    plane <= MAX_CONVOLVE_CELLS
      ? 'weights'
      : shape[0] * shape[1] > MAX_CONVOLVE_CELLS
        ? 'input'
        : !transposed
          ? 'padding'
          : rows.stride * cols.stride > 1
            ? 'stride'
            : rows.dilation * cols.dilation > 1
              ? 'dilation'
              : 'weights',
    plane * layers.outChannels,
    'output cells',
    MAX_CONVOLVE_CELLS,
  );
  // A direct output cell gathers every tap of its group's input maps; a transposed input cell
  // scatters every tap into its group's output maps.
  const cells = transposed
    ? rows.input * cols.input * layers.inChannels * (layers.outChannels / layers.groups)
    : plane * layers.outChannels * (layers.inChannels / layers.groups);
  requireAtMost('weights', cells * rows.kernel * cols.kernel, 'multiply-adds', MAX_MULTIPLY_ADDS);
  return planned;
}

/**
 * Cross-correlates stacks as PyTorch's Conv2d: output map o is bias[o] plus the sum, over the
 * input maps of o's group, of each map correlated with weights[o][that map's index in the group].
 */
function correlate(
  input: readonly Matrix[],
  weights: readonly (readonly Matrix[])[],
  { rows, cols, layers }: Plan,
  bias?: readonly number[],
): number[][][] {
  const { inChannels, outChannels, groups, paddingMode } = layers;
  const inPerGroup = inChannels / groups;
  const outPerGroup = outChannels / groups;
  return Array.from({ length: outChannels }, (_, o) => {
    const first = Math.floor(o / outPerGroup) * inPerGroup;
    const kernels = weights[o] as readonly Matrix[];
    const out = zeros(rows.output, cols.output);
    for (let y = 0; y < rows.output; y++) {
      const outRow = out[y] as number[];
      for (let x = 0; x < cols.output; x++) {
        let sum = bias ? (bias[o] as number) : 0;
        for (let i = 0; i < inPerGroup; i++) {
          const map = input[first + i] as Matrix;
          const kernel = kernels[i] as Matrix;
          for (let a = 0; a < rows.kernel; a++) {
            const r = fillIndex(
              paddingMode,
              y * rows.stride - rows.before + a * rows.dilation,
              rows.input,
            );
            if (r < 0) continue; // a zero-padding row
            const inRow = map[r] as readonly number[];
            const row = kernel[a] as readonly number[];
            for (let b = 0; b < cols.kernel; b++) {
              const c = fillIndex(
                paddingMode,
                x * cols.stride - cols.before + b * cols.dilation,
                cols.input,
              );
              if (c >= 0) sum += (row[b] as number) * (inRow[c] as number);
            }
          }
        }
        outRow[x] = sum;
      }
    }
    return out;
  });
}

/**
 * Scatters stacks as PyTorch's ConvTranspose2d: each cell of input map i adds copies of itself,
 * weighted by weights[i][j], into output map j of i's group; then each output map adds its bias.
 */
function scatter(
  input: readonly Matrix[],
  weights: readonly (readonly Matrix[])[],
  { rows, cols, layers }: Plan,
  bias?: readonly number[],
): number[][][] {
  const { inChannels, outChannels, groups } = layers;
  const inPerGroup = inChannels / groups;
  const outPerGroup = outChannels / groups;
  const outs = Array.from({ length: outChannels }, () => zeros(rows.output, cols.output));
  for (let i = 0; i < inChannels; i++) {
    const map = input[i] as Matrix;
    const first = Math.floor(i / inPerGroup) * outPerGroup;
    for (let j = 0; j < outPerGroup; j++) {
      const out = outs[first + j] as number[][];
      const kernel = (weights[i] as readonly Matrix[])[j] as Matrix;
      scatterInto(out, map, kernel, rows, cols);
    }
  }
  if (bias) {
    for (const [o, out] of outs.entries()) {
      for (const row of out)
        for (let x = 0; x < row.length; x++) row[x] = (row[x] as number) + (bias[o] as number);
    }
  }
  return outs;
}

/**
 * Validates the arguments of either stacked convolution and plans it. `input` is C × H × W;
 * `weights` is C_out × C_in/groups × k_h × k_w (direct) or C_in × C_out/groups × k_h × k_w
 * (transposed). Errors hold the caller's arrays and options; a kernel too large names `weights`.
 */
function planChannels(
  input: unknown,
  weights: unknown,
  options: unknown,
  transposed?: boolean,
): { plan: Plan; bias: readonly number[] | undefined } {
  const fields = requireObject('options', options);
  return blame({ ...fields, input, weights }, () => {
    const [inChannels, rows, cols] = stackShape('input', input);
    const groups = requireInteger('groups', orDefault(fields.groups, 1), 1);
    if (inChannels % groups) throw mustBe('groups', groups, `a divisor of C_in (${inChannels})`);
    const kernels = Array.isArray(weights) ? [...weights] : [];
    const shapes = kernels.map((stack) => stackShape('weights', stack));
    const [perGroup = 0, kRows = 0, kCols = 0] = shapes[0] ?? [];
    if (!perGroup || shapes.some((s) => s[0] !== perGroup || s[1] !== kRows || s[2] !== kCols)) {
      throw mustBe('weights', weights, `a non-empty stack of such stacks (${STACK})`);
    }
    if (transposed && kernels.length !== inChannels) {
      throw mustBe(
        'weights',
        weights,
        `${inChannels} (the input's channels) × C_out/groups × k_h × k_w`,
      );
    }
    // Direct: weights hold C_out stacks of C_in/groups maps; transposed: C_in of C_out/groups.
    const outChannels = transposed ? perGroup * groups : kernels.length;
    const channels = resolveChannels({ inChannels, outChannels, groups });
    const expected = transposed ? inChannels : inChannels / channels.groups;
    if (!transposed && perGroup !== expected) {
      throw mustBe('weights', weights, `C_out × ${expected} (C_in/groups) × k_h × k_w`);
    }
    const bias = fields.bias;
    if (
      bias !== undefined &&
      !(Array.isArray(bias) && bias.length === outChannels && [...bias].every(Number.isFinite))
    ) {
      throw mustBe('bias', bias, `${outChannels} finite numbers, one per output channel`);
    }
    try {
      const shape: Pair = [rows, cols];
      const plan = planStacks(shape, [kRows, kCols], fields, channels, transposed);
      return { plan, bias: bias as number[] | undefined };
    } catch (error) {
      // The kernel's size comes from the weights: name them.
      if (error instanceof ConvArithmeticError && error.param === 'kernel') {
        throw new ConvArithmeticError(
          'weights',
          weights,
          error.message.replace(/^kernel/, 'weights'),
        );
      }
      throw error;
    }
  });
}

/**
 * A convolution of a stack of feature maps, as PyTorch's `Conv2d` computes it (cross-correlation).
 * `input` is C_in × H × W; `weights` is C_out × (C_in / groups) × k_h × k_w, PyTorch's weight
 * tensor; the result is C_out × H_out × W_out. `groups` divides both channel counts: output
 * channel o reads only the input channels of its group (`groups = C_in` is depthwise). Refused up
 * front beyond MAX_CONVOLVE_CELLS output cells or MAX_MULTIPLY_ADDS multiply-adds.
 *
 * @example
 * convolveChannels([[[1, 2]], [[3, 4]]], [[[[1]], [[10]]]]) // [[[31, 42]]]: one map, 1·x + 10·y
 * convolveChannels([[[1, 2]], [[3, 4]]], [[[[2]]], [[[-1]]]], { groups: 2, bias: [0, 1] })
 * // [[[2, 4]], [[-2, -3]]]: depthwise, each map its own kernel
 * convolveChannels([[[1, 2, 3]]], [[[[1, 1, 1]]]], { padding: [0, 1], paddingMode: 'circular' })
 * // [[[6, 6, 6]]]
 */
export function convolveChannels(
  input: readonly Matrix[],
  weights: readonly (readonly Matrix[])[],
  options: ConvolveChannelsOptions = {},
): number[][][] {
  const { plan, bias } = planChannels(input, weights, options);
  return correlate(input, weights, plan, bias);
}

/**
 * A transposed convolution of a stack of feature maps, as PyTorch's `ConvTranspose2d` computes
 * it: the exact adjoint of `convolveChannels` with the same weights and options (bias aside).
 * `input` is C_in × H × W; `weights` is C_in × (C_out / groups) × k_h × k_w, PyTorch's layout, so
 * a `convolveChannels` weight tensor serves both. `outputPadding` adds rows and columns after.
 *
 * @example
 * transposedConvolveChannels([[[1]]], [[[[1, 2]], [[3, 4]]]]) // [[[1, 2]], [[3, 4]]]: 1 map in, 2 out
 * transposedConvolveChannels([[[1, 2]]], [[[[1, 1]]]], { stride: 2 }) // [[[1, 1, 2, 2]]]
 */
export function transposedConvolveChannels(
  input: readonly Matrix[],
  weights: readonly (readonly Matrix[])[],
  options: TransposedConvolveChannelsOptions = {},
): number[][][] {
  const { plan, bias } = planChannels(input, weights, options, true);
  return scatter(input, weights, plan, bias);
}
