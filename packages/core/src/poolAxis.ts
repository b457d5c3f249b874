import { type AxisName, type DirectAxis, fitWindow, on } from './axis';
import { blame, MAX_SAFE, mustBe, orDefault, requireInteger, requireObject } from './errors';
import { requireAtMost } from './limits';

/** One axis of a pooling, as PyTorch's MaxPool/AvgPool take it: padding is the same both sides. */
export interface PoolAxisSpec {
  input: number;
  kernel: number;
  /** Defaults to the kernel, as in PyTorch: windows side by side. */
  stride?: number | undefined;
  /** At most half the kernel, floor(kernel / 2), as PyTorch requires. */
  padding?: number | undefined;
  dilation?: number | undefined;
  /** PyTorch's `ceil_mode`: one more window when the last stride is partial. */
  ceilMode?: boolean | undefined;
}

/**
 * Validates a one-axis pooling spec and resolves it with PyTorch's pooling_output_shape:
 * o = floor((i + 2p − d·(k−1) − 1) / s) + 1, or ceil(…) + 1 in ceil mode, less the last window
 * when it would start in the right padding. Every error holds the caller's value of its field.
 */
export function resolvePoolAxis(spec: unknown, name?: AxisName): DirectAxis {
  const fields = requireObject('spec', spec);
  return blame(fields, () => {
    const input = requireInteger('input', fields.input, 1);
    const kernel = requireInteger('kernel', fields.kernel, 1);
    const stride = requireInteger('stride', orDefault(fields.stride, kernel), 1);
    const padding = requireInteger('padding', orDefault(fields.padding, 0), 0);
    const dilation = requireInteger('dilation', orDefault(fields.dilation, 1), 1);
    const ceil = orDefault(fields.ceilMode, false);
    if (typeof ceil !== 'boolean') throw mustBe('ceilMode', ceil, 'true or false');
    // PyTorch's released rule, kW / 2 >= padW: half the kernel itself, whatever the dilation.
    const half = Math.floor(kernel / 2);
    if (padding > half) {
      throw mustBe('padding', padding, `at most half the kernel (${half})${on(name)}`);
    }
    const span = dilation * (kernel - 1) + 1;
    requireAtMost('dilation', span, `cells in a window${on(name)}`, MAX_SAFE, dilation);
    const sizes = { input, kernel, stride, dilation, before: padding, after: padding };
    // Ceil mode lets a window run up to stride − 1 cells past the padded input.
    const [padded] = fitWindow(sizes, name, ceil ? stride - 1 : 0);
    // Negative only when the window is wider than the padded input.
    const room = padded - span;
    // Exact integer division: room % stride is exact where room / stride may round.
    const rest = room % stride;
    let output = (room - rest) / stride + (ceil && rest > 0 ? 2 : 1);
    // PyTorch drops a ceil-mode window that would start in the right padding.
    if (ceil && (output - 1) * stride >= input + padding) output--;
    return { ...sizes, output };
  });
}

/**
 * Output size of a max or average pooling along one axis, PyTorch's semantics: the stride
 * defaults to the kernel, and in ceil mode the last window may run past the input, as long as it
 * starts inside the input or its left padding.
 *
 * @example
 * poolOutputSize({ input: 5, kernel: 3, stride: 1 }) // 3 (the paper's Figs 1.5 and 1.6)
 * poolOutputSize({ input: 5, kernel: 2 }) // 2
 * poolOutputSize({ input: 5, kernel: 2, ceilMode: true }) // 3: the last window covers one cell
 * poolOutputSize({ input: 5, kernel: 2, padding: 1, ceilMode: true }) // 3: a 4th would start in the padding
 */
export function poolOutputSize(spec: PoolAxisSpec): number {
  return resolvePoolAxis(spec).output;
}
