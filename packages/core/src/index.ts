export type { DirectAxis, TransposedAxis } from './axis';
export type { ConvolveOptions, TransposedConvolveOptions } from './convolve';
export { convolve, transposedConvolve } from './convolve';
export type {
  Diagram,
  DrawnCell,
  Frame,
  GridSize,
  Tap,
  WindowBox,
} from './diagram';
export { convDiagram } from './diagram';
export { ConvArithmeticError } from './errors';
export type { PaddingFill } from './fill';
export { MAX_CONVOLVE_CELLS, MAX_FRAME_TAPS, MAX_MULTIPLY_ADDS } from './limits';
export type { Matrix } from './matrix';
export { matrixShape } from './matrix';
export type { AxisSpec, TransposedAxisSpec } from './outputSize';
export { convOutputSize, transposedConvOutputSize } from './outputSize';
export type { AxisPadding, Padding, PaddingMode, Sides } from './padding';
export { modePadding, resolveAxisPadding, resolvePadding } from './padding';
export type { Pair, Size2D } from './pair';
export { pool } from './pool';
export type { PoolAxisSpec } from './poolAxis';
export { poolOutputSize } from './poolAxis';
export { poolDiagram } from './poolDiagram';
export type { PoolMode, PoolOptions, PoolSpec } from './poolSpec';
export type { ConvSpec, Resolved, TransposedConvSpec } from './spec';
export {
  outputShape,
  resolveConvSpec,
  resolveTransposedSpec,
  transposedOutputShape,
} from './spec';
export { transposedConvDiagram } from './transposed';
