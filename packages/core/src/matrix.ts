import { ConvArithmeticError, describeValue } from './errors';
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
  const fail = (rule: string) =>
    new ConvArithmeticError(param, value, `${param} ${rule}, got ${describeValue(value)}`);
  if (!Array.isArray(value) || value.length === 0) throw fail('must be a non-empty array of rows');
  const first: unknown = value[0];
  if (!Array.isArray(first) || first.length === 0) throw fail('must hold non-empty rows');
  const cols = first.length;
  for (const row of value as unknown[]) {
    if (!Array.isArray(row) || row.length !== cols) {
      throw fail(`must be rectangular (every row ${cols} long)`);
    }
    for (const cell of row as unknown[]) {
      if (typeof cell !== 'number' || !Number.isFinite(cell))
        throw fail('must hold finite numbers only');
    }
  }
  return [value.length, cols];
}

/** A rows × cols grid of zeros. */
export function zeros(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}
