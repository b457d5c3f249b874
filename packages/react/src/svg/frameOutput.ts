import type { Diagram, Pair } from '@conv-arithmetic/core';

/**
 * The output cell of frame `index` (row-major in each output map), as `diagram.frame(index)`
 * gives it, without building the frame's taps: for code that needs only where a frame writes.
 */
export function frameOutput(diagram: Diagram, index: number): Pair {
  const { rows, cols } = diagram.output;
  const cell = index % (rows * cols);
  return [Math.floor(cell / cols), cell % cols];
}
