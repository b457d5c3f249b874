import {
  ConvArithmeticError,
  type Diagram,
  type Matrix,
  type PoolSpec,
  pool,
  poolDiagram,
  type Size2D,
} from '@conv-arithmetic/core';
import type { DiagramNumbers } from '../svg/values';
import { defaultInput, requireShape } from './numbers';
import type { FigureRecipe } from './recipe';
import type { FigureSpec } from './spec';

/**
 * A pooling diagram, refused when it draws more than `maxGridSize` cells a side. Building one is
 * O(1) (frames and cells are made on request), so its drawn size, ceil-mode overhang included,
 * is read from the diagram itself before anything of that size exists.
 */
function poolFigure(spec: FigureSpec, maxGridSize: number): Diagram {
  const diagram = poolDiagram(spec as PoolSpec);
  const { rows, cols } = diagram.input;
  if (rows > maxGridSize || cols > maxGridSize) {
    const kernel = Math.max(diagram.kernel.rows, diagram.kernel.cols);
    const param = kernel > maxGridSize ? 'kernel' : 'input';
    throw new ConvArithmeticError(
      param,
      spec[param],
      `${param} draws a ${rows}×${cols} grid, more than maxGridSize (${maxGridSize}) cells per side`,
    );
  }
  return diagram;
}

/** A pooling's numbers: no weights; max pools over −∞ padding, which may be all it sees. */
function poolNumbers(
  diagram: Diagram,
  spec: FigureSpec,
  values: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined,
): DiagramNumbers {
  if (values?.kernel !== undefined) {
    throw new ConvArithmeticError('values.kernel', values.kernel, 'pooling has no kernel weights');
  }
  const { source } = diagram;
  if (values?.input !== undefined) {
    requireShape('values.input', values.input, source.rows, source.cols);
  }
  const input = values?.input ?? defaultInput(source.rows, source.cols);
  const { kernel, stride, padding, dilation, ceilMode, mode = 'max' } = spec;
  const options = { kernel, stride, padding: padding as Size2D, dilation, mode, ceilMode };
  const output = pool(input, options);
  // Max of finite values is finite or −∞ (a window reading only padding); an average may overflow.
  if (mode === 'average' && !output.every((row) => row.every(Number.isFinite))) {
    throw new ConvArithmeticError('values', values, 'values overflow: the output is not finite');
  }
  return { input, kernel: [], output, padding: mode === 'max' ? Number.NEGATIVE_INFINITY : 0 };
}

/** How a pooling figure is built; only PoolingAnimation (and createFigureModel) load it. */
export const POOL_RECIPE: FigureRecipe = {
  diagram: (_kind, spec, maxGridSize) => poolFigure(spec, maxGridSize),
  numbers: poolNumbers,
};
