import { mustBe, requireInteger } from './errors';

/** A 2-D size: one number for both axes, or a `[rows, cols]` pair. */
export type Size2D = number | readonly [number, number];

/** Row and column values, always in this order. */
export type Pair = readonly [rows: number, cols: number];

/**
 * Validates a 2-D size and returns it as `[rows, cols]`. An error about one number of a pair
 * holds that number; callers `blame` it on the pair they were given.
 *
 * @example
 * toPair('stride', 2, 1) // [2, 2]
 * toPair('kernel', [3, 5], 1) // [3, 5]
 */
export function toPair(param: string, value: unknown, min: number): Pair {
  if (Array.isArray(value)) {
    if (value.length !== 2) {
      throw mustBe(param, value, 'a number or a [rows, cols] pair');
    }
    return [requireInteger(param, value[0], min), requireInteger(param, value[1], min)];
  }
  const both = requireInteger(param, value, min);
  return [both, both];
}
