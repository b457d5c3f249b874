// Assertions for the core's errors, shared by the error suites: a ConvArithmeticError whose
// param, caller's value and message are exactly as stated.
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { expect } from 'vitest';

/** The ConvArithmeticError `run` throws; fails the test when it throws anything else or nothing. */
export function caught(run: () => unknown): ConvArithmeticError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConvArithmeticError);
    expect(error).toBeInstanceOf(Error);
    return error as ConvArithmeticError;
  }
  throw new Error('expected a ConvArithmeticError, but nothing was thrown');
}

/** `run` throws naming `param`, holding `value`, with a message that starts with the param. */
export function expectRejects(
  run: () => unknown,
  param: string,
  value: unknown,
  says: RegExp,
): void {
  const error = caught(run);
  expect(error.param).toBe(param);
  expect(error.value).toEqual(value);
  expect(error.message).toMatch(new RegExp(`^${param}\\b`));
  expect(error.message).toMatch(says);
  expect(error.name).toBe('ConvArithmeticError');
}
