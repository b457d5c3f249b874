// Entry point `@conv-arithmetic/core/matrix`: the matrix and scatter views of a convolution,
// apart from the main entry so that pages drawing only the paper's picture do not load them.
export { MAX_MATRIX_ENTRIES } from './limits';
export type { Arrival, ScatterDiagram, ScatterFrame, Stamp } from './scatter';
export { scatterDiagram } from './scatter';
export type { MatrixEntry, SparseMatrix } from './sparseMatrix';
export { convMatrix, transposedConvMatrix } from './sparseMatrix';
