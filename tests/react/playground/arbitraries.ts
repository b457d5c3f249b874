import type { Matrix, Padding, Pair } from '@conv-arithmetic/core';
import type { PlaygroundState } from '@conv-arithmetic/react';
import fc from 'fast-check';

const pair = (min: number, max: number): fc.Arbitrary<Pair> =>
  fc.oneof(
    fc.integer({ min, max }).map((n): Pair => [n, n]),
    fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })),
  );

const padding: fc.Arbitrary<Padding> = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  fc.record({
    top: fc.integer({ min: 0, max: 3 }),
    right: fc.integer({ min: 0, max: 3 }),
    bottom: fc.integer({ min: 0, max: 3 }),
    left: fc.integer({ min: 0, max: 3 }),
  }),
  fc.constantFrom('valid', 'same', 'full'),
);

/** No numbers (the library's defaults), or a small matrix of any shape of halves. */
const matrix: fc.Arbitrary<Matrix | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, cols]) =>
        fc.array(
          fc.array(
            fc.integer({ min: -20, max: 20 }).map((n) => n / 2),
            { minLength: cols, maxLength: cols },
          ),
          { minLength: rows, maxLength: rows },
        ),
      ),
    weight: 1,
  },
);

/** A channel count or groups of the menus: mostly 1, so most states stay one map. */
const count = fc.oneof(
  { arbitrary: fc.constant(1), weight: 3 },
  { arbitrary: fc.constantFrom(2, 3, 4, 6, 8), weight: 1 },
);

/** Any playground state, valid or not (sizes small enough to draw quickly). */
export const anyState: fc.Arbitrary<PlaygroundState> = fc.record({
  kind: fc.constantFrom('conv', 'transposed', 'dilated', 'pool'),
  input: pair(1, 9),
  kernel: pair(1, 5),
  stride: pair(1, 3),
  padding,
  dilation: pair(1, 3),
  outputPadding: pair(0, 2),
  mode: fc.constantFrom('max', 'average'),
  ceilMode: fc.boolean(),
  view: fc.constantFrom('equivalent', 'scatter', 'matrix'),
  inChannels: count,
  outChannels: count,
  groups: count,
  paddingMode: fc.oneof(
    { arbitrary: fc.constant('zeros' as const), weight: 3 },
    { arbitrary: fc.constantFrom('reflect', 'replicate', 'circular' as const), weight: 1 },
  ),
  values: fc.boolean(),
  inputValues: matrix,
  kernelValues: matrix,
  layout: fc.constantFrom('auto', 'perspective', 'flat', '1d'),
  theme: fc.constantFrom('classic', 'dark', 'high-contrast', 'slide'),
});
