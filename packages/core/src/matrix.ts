import { mustBe } from './errors';
import type { Pair } from './pair';

/** A rectangular grid of numbers, row by row. */
export type Matrix = readonly (readonly number[])[];

/**
 * Validates that `value` is a non-empty rectangular grid of finite numbers and returns its shape.
 *
 * @example
 * matrixShape('kernel', [[0, 1, 2], [2, 2, 0]]) // [2, 3]
 */
export function matrixShape(param: string, value: unknown): Pair {
  // Spread, not every(): holes must fail like any other missing number.
  const rows: unknown[] = Array.isArray(value) ? [...value] : [];
  const cols = (rows[0] as unknown[] | undefined)?.length;
  if (
    !cols ||
    !rows.every(
      (row) => Array.isArray(row) && row.length === cols && [...row].every(Number.isFinite),
    )
  ) {
    throw mustBe(param, value, 'a non-empty, rectangular grid of finite numbers');
  }
  return [rows.length, cols];
}

/** A rows × cols grid of zeros. */
export function zeros(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}
