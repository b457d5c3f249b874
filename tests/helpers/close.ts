import { expect } from 'vitest';

/** The one float tolerance of the suites: relative to the magnitudes involved. */
export const TOLERANCE = 1e-9;

export function expectClose(actual: number, expected: number, scale = 1): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    TOLERANCE * Math.max(1, scale, Math.abs(expected)),
  );
}

export function expectMatrixClose(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  for (const [r, row] of actual.entries()) {
    expect(row.length).toBe(expected[r]?.length);
    for (const [c, value] of row.entries()) expectClose(value, expected[r]?.[c] ?? Number.NaN);
  }
}
