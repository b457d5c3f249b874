// fast-check generators of valid specs, one axis at a time, combined into 2-D specs.
import fc from 'fast-check';

export interface AxisParams {
  input: number;
  kernel: number;
  stride: number;
  dilation: number;
  before: number;
  after: number;
}

/** A direct-convolution axis whose effective kernel fits the padded input. */
export const directAxisParams = (maxInput = 12): fc.Arbitrary<AxisParams> =>
  fc
    .record({
      input: fc.integer({ min: 1, max: maxInput }),
      kernel: fc.integer({ min: 1, max: 5 }),
      stride: fc.integer({ min: 1, max: 4 }),
      dilation: fc.integer({ min: 1, max: 3 }),
      before: fc.integer({ min: 0, max: 4 }),
      after: fc.integer({ min: 0, max: 4 }),
    })
    .filter((a) => a.dilation * (a.kernel - 1) + 1 <= a.input + a.before + a.after);

export interface TransposedAxisParams extends AxisParams {
  outputPadding: number;
}

/** A transposed axis a diagram can draw: padding ≤ d·(k−1), outputPadding < max(s, d). */
export const transposedAxisParams = (maxInput = 8): fc.Arbitrary<TransposedAxisParams> =>
  fc
    .record({
      input: fc.integer({ min: 1, max: maxInput }),
      kernel: fc.integer({ min: 1, max: 5 }),
      stride: fc.integer({ min: 1, max: 4 }),
      dilation: fc.integer({ min: 1, max: 3 }),
      before: fc.nat(8),
      after: fc.nat(8),
      outputPadding: fc.nat(3),
    })
    .filter((a) => {
      const reach = a.dilation * (a.kernel - 1);
      const output = (a.input - 1) * a.stride - a.before - a.after + reach + a.outputPadding + 1;
      return (
        a.before <= reach &&
        a.after <= reach &&
        a.outputPadding < Math.max(a.stride, a.dilation) &&
        output >= 1
      );
    });

/** A transposed axis that is the exact adjoint of a direct convolution (outputPadding < stride). */
export const adjointAxisParams = (maxInput = 6): fc.Arbitrary<TransposedAxisParams> =>
  transposedAxisParams(maxInput).filter((a) => a.outputPadding < a.stride);

export const spec2d = <T extends AxisParams>(rows: T, cols: T) => ({
  input: [rows.input, cols.input] as const,
  kernel: [rows.kernel, cols.kernel] as const,
  stride: [rows.stride, cols.stride] as const,
  dilation: [rows.dilation, cols.dilation] as const,
  padding: {
    top: rows.before,
    bottom: rows.after,
    left: cols.before,
    right: cols.after,
  },
});

export const transposedSpec2d = (rows: TransposedAxisParams, cols: TransposedAxisParams) => ({
  ...spec2d(rows, cols),
  outputPadding: [rows.outputPadding, cols.outputPadding] as const,
});

/** A rows × cols matrix of small integers (exact in floating point). */
export const matrix = (rows: number, cols: number): fc.Arbitrary<number[][]> =>
  fc.array(
    fc.array(fc.integer({ min: -9, max: 9 }), {
      minLength: cols,
      maxLength: cols,
    }),
    {
      minLength: rows,
      maxLength: rows,
    },
  );

/** One bad (or barely valid) scalar: see `junk`. */
const junkScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.bigInt(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    30_000,
    -0,
    null,
    undefined,
    'same',
    'full',
    'valid',
    'bogus',
    '3',
  ),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: 0, max: 12 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.double(),
  fc.string(),
  fc.constant(null).map(() => {
    const cyclic: Record<string, unknown> = { top: 1 };
    cyclic.self = cyclic;
    return cyclic;
  }),
);

/**
 * Anything a caller might pass where a size, padding or spec belongs: fast-check's `anything`,
 * BigInts, NaN, ±Infinity, huge and unsafe numbers, negatives, fractions, strings, null,
 * undefined, padding modes real and bogus, cycles, and pairs and side objects of the same.
 */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  junkScalar,
  fc.tuple(junkScalar, junkScalar),
  fc.record({ top: junkScalar, right: junkScalar, bottom: junkScalar, left: junkScalar }),
);

export interface PoolAxisParams {
  input: number;
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
}

/**
 * PyTorch's pooling output size, written from its pooling_output_shape: floor, or ceil by adding
 * stride − 1 first, then dropping a ceil-mode window that would start in the right padding.
 */
export function referencePoolSize(a: PoolAxisParams, ceilMode: boolean): number {
  const numerator =
    a.input + 2 * a.padding - a.dilation * (a.kernel - 1) - 1 + (ceilMode ? a.stride - 1 : 0);
  let size = Math.floor(numerator / a.stride) + 1;
  if (ceilMode && (size - 1) * a.stride >= a.input + a.padding) size--;
  return size;
}

/** A pooling axis PyTorch accepts in `ceilMode`: padding ≤ floor(k/2) and at least one window. */
export const poolAxisParams = (ceilMode: boolean, maxInput = 10): fc.Arbitrary<PoolAxisParams> =>
  fc
    .record({
      input: fc.integer({ min: 1, max: maxInput }),
      kernel: fc.integer({ min: 1, max: 5 }),
      stride: fc.integer({ min: 1, max: 4 }),
      padding: fc.nat(2),
      dilation: fc.integer({ min: 1, max: 3 }),
    })
    .filter((a) => 2 * a.padding <= a.kernel && referencePoolSize(a, ceilMode) >= 1);

/** A 2-D pooling spec PyTorch accepts: max with any dilation, average without. */
export const poolSpec2d = fc
  .record({ mode: fc.constantFrom('max' as const, 'average' as const), ceilMode: fc.boolean() })
  .chain(({ mode, ceilMode }) => {
    const axis = poolAxisParams(ceilMode).map((a) =>
      mode === 'average' ? { ...a, dilation: 1 } : a,
    );
    return fc.tuple(axis, axis).map(([rows, cols]) => ({
      input: [rows.input, cols.input] as const,
      kernel: [rows.kernel, cols.kernel] as const,
      stride: [rows.stride, cols.stride] as const,
      padding: [rows.padding, cols.padding] as const,
      dilation: [rows.dilation, cols.dilation] as const,
      mode,
      ceilMode,
      rows,
      cols,
    }));
  });
