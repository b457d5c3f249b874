import {
  ConvArithmeticError,
  convolve,
  type Diagram,
  type Matrix,
  matrixShape,
  transposedConvolve,
} from '@conv-arithmetic/core';
import type { DiagramNumbers } from '../svg/values';
import type { FigureSpec } from './spec';

/** The paper's numerical example (§1.4): numpy seed 1234, inputs 0–3, kernel 0–2. */
const PAPER_INPUT = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];
const PAPER_KERNEL = [
  [0, 1, 2],
  [2, 2, 0],
  [0, 1, 2],
];

/** The input a figure prints when given none: the paper's 5×5, or small integers 0–3. */
export const defaultInput = (rows: number, cols: number) =>
  defaultMatrix(rows, cols, PAPER_INPUT, (r, c) => (3 * r + 2 * c + 1) % 4);

/** The paper's values when the shape matches them; otherwise a fixed pattern of small integers. */
function defaultMatrix(
  rows: number,
  cols: number,
  paper: number[][],
  pattern: (row: number, col: number) => number,
): number[][] {
  if (rows === paper.length && cols === paper[0]?.length) return paper;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => pattern(r, c)),
  );
}

/** Throws naming `param` unless `matrix` is rows × cols. */
export function requireShape(param: string, matrix: Matrix, rows: number, cols: number): void {
  const [gotRows, gotCols] = matrixShape(param, matrix);
  if (gotRows !== rows || gotCols !== cols) {
    throw new ConvArithmeticError(
      param,
      matrix,
      `${param} is ${gotRows}×${gotCols} but the spec needs ${rows}×${cols}`,
    );
  }
}

/**
 * The numbers a diagram prints: given values (checked against the spec's shapes) or defaults, and
 * the output computed from them with the same convolution the diagram draws.
 */
export function diagramNumbers(
  diagram: Diagram,
  spec: FigureSpec,
  values: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined,
): DiagramNumbers {
  const { source, kernel } = diagram;
  if (values?.input !== undefined)
    requireShape('values.input', values.input, source.rows, source.cols);
  if (values?.kernel !== undefined)
    requireShape('values.kernel', values.kernel, kernel.rows, kernel.cols);
  const input = values?.input ?? defaultInput(source.rows, source.cols);
  const weights =
    values?.kernel ??
    defaultMatrix(kernel.rows, kernel.cols, PAPER_KERNEL, (r, c) => (r + 2 * c + 1) % 3);
  const options = { stride: spec.stride, padding: spec.padding, dilation: spec.dilation };
  const output =
    diagram.kind === 'transposed'
      ? transposedConvolve(input, weights, { ...options, outputPadding: spec.outputPadding })
      : convolve(input, weights, { ...options, paddingMode: diagram.paddingMode });
  // Finite values can still sum past the largest double; never print "Infinity".
  if (!output.every((row) => row.every(Number.isFinite))) {
    throw new ConvArithmeticError('values', values, 'values overflow: the output is not finite');
  }
  return { input, kernel: weights, output };
}
