import { convMatrix, type SparseMatrix, transposedConvMatrix } from '@conv-arithmetic/core/matrix';
import type { FigureModel } from '../figure/model';
import type { ConvTheme } from '../theme/tokens';

const MARGIN = 14;

/** The matrix of the model's convolution: C for a direct one, M (= Cᵀ) for a transposed one. */
export const matrixOf = (model: FigureModel): SparseMatrix =>
  model.diagram.kind === 'transposed' ? transposedConvMatrix(model.spec) : convMatrix(model.spec);

/** Where the matrix view puts y, the matrix and x, and its size. */
export interface MatrixGeometry {
  unit: number;
  /** Left edges of the y vector, the matrix and the x vector; their common top. */
  y: number;
  m: number;
  x: number;
  top: number;
  width: number;
  height: number;
  label: number;
}

export function matrixGeometry(
  matrix: SparseMatrix,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
): MatrixGeometry {
  const label = labels ? theme.font.labelSize * 1.6 : 0;
  const top = MARGIN + label;
  const y = MARGIN;
  const m = y + unit * 2;
  const x = m + matrix.cols * unit + unit;
  return {
    unit,
    y,
    m,
    x,
    top,
    // Whole pixels: a rasteriser rounds a fractional size, and every frame must match the first.
    width: Math.ceil(x + unit + MARGIN),
    height: Math.ceil(top + Math.max(matrix.rows, matrix.cols) * unit + MARGIN),
    label,
  };
}
