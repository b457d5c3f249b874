import type { Diagram, Matrix } from '@conv-arithmetic/core';

/** Numbers to print in a diagram: the source input, the kernel, and the computed output. */
export interface DiagramNumbers {
  input: Matrix;
  kernel: Matrix;
  output: number[][];
}

/** The value a drawn cell holds: its source value, or 0 for padding and inserted zeros. */
export function drawnValue(
  diagram: Diagram,
  numbers: DiagramNumbers,
  row: number,
  col: number,
): number {
  const cell = diagram.cell(row, col);
  return cell.kind === 'input' ? (numbers.input[cell.source[0]]?.[cell.source[1]] ?? 0) : 0;
}
