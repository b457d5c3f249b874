import type { AxisName, DirectAxis } from './axis';
import { blame, mustBe, orDefault, requireObject } from './errors';
import { type Size2D, toPair } from './pair';
import { resolvePoolAxis } from './poolAxis';
import type { Resolved } from './spec';

/** `'max'` takes the largest input value a window covers; `'average'` its mean. */
export type PoolMode = 'max' | 'average';

/** Options of `pool`: PyTorch's MaxPool2d and AvgPool2d (count_include_pad) in one. */
export interface PoolOptions {
  kernel: Size2D;
  /** Defaults to the kernel, as in PyTorch: windows side by side. */
  stride?: Size2D | undefined;
  /** The same on both sides of an axis, at most floor(kernel / 2), as PyTorch requires. */
  padding?: Size2D | undefined;
  /** Max pooling only: PyTorch's AvgPool2d has no dilation. */
  dilation?: Size2D | undefined;
  mode: PoolMode;
  /** PyTorch's `ceil_mode`: one more window when the last stride is partial. */
  ceilMode?: boolean | undefined;
}

/** A 2-D pooling: its input's size and the options of `pool`. */
export interface PoolSpec extends PoolOptions {
  input: Size2D;
}

/**
 * Validates a 2-D pooling spec and resolves each axis; every error holds the caller's value of
 * the field it names.
 */
export function resolvePoolSpec(spec: unknown): Resolved<DirectAxis> {
  const fields = requireObject('spec', spec);
  return blame(fields, () => {
    const { mode, ceilMode } = fields;
    if (mode !== 'max' && mode !== 'average') throw mustBe('mode', mode, "'max' or 'average'");
    const input = toPair('input', fields.input, 1);
    const kernel = toPair('kernel', fields.kernel, 1);
    const stride = toPair('stride', orDefault(fields.stride, kernel), 1);
    const padding = toPair('padding', orDefault(fields.padding, 0), 0);
    const dilation = toPair('dilation', orDefault(fields.dilation, 1), 1);
    if (mode === 'average' && dilation[0] * dilation[1] > 1) {
      throw mustBe('dilation', fields.dilation, '1 for average pooling, which has no dilation');
    }
    const axis = (i: 0 | 1, name: AxisName) =>
      resolvePoolAxis(
        {
          input: input[i],
          kernel: kernel[i],
          stride: stride[i],
          padding: padding[i],
          dilation: dilation[i],
          ceilMode,
        },
        name,
      );
    return { rows: axis(0, 'rows'), cols: axis(1, 'cols') };
  });
}
