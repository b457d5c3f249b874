import { ConvArithmeticError } from '@conv-arithmetic/core';

/**
 * The error for a frame index a diagram does not have, or null. Drawing and exporting share it,
 * so a bad `frame` reads the same everywhere.
 *
 * @example
 * frameError(9, 9)?.message // "frame must be an integer from 0 to 8, got 9"
 */
export function frameError(frame: number, frameCount: number): ConvArithmeticError | null {
  if (Number.isInteger(frame) && frame >= 0 && frame < frameCount) return null;
  return new ConvArithmeticError(
    'frame',
    frame,
    `frame must be an integer from 0 to ${frameCount - 1}, got ${String(frame)}`,
  );
}
