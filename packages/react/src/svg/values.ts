import type { Diagram, Matrix } from '@conv-arithmetic/core';

/**
 * Numbers to print in a diagram: the source input, the kernel (empty for a pooling, which has no
 * weights), the computed output, and the value padding cells hold (default 0; −∞ for max pooling,
 * as PyTorch pads it, so padding never wins).
 */
export interface DiagramNumbers {
  input: Matrix;
  kernel: Matrix;
  output: number[][];
  padding?: number | undefined;
}

/**
 * The value a drawn cell holds: its source value, the padding value (a reflect, replicate or
 * circular padding cell: the value of the input cell it copies), or 0 for inserted zeros.
 */
export function drawnValue(
  diagram: Diagram,
  numbers: DiagramNumbers,
  row: number,
  col: number,
): number {
  const cell = diagram.cell(row, col);
  const source = cell.kind === 'inserted' ? undefined : cell.source;
  if (source) return numbers.input[source[0]]?.[source[1]] ?? 0;
  return cell.kind === 'padding' ? (numbers.padding ?? 0) : 0;
}
