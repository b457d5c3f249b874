// Entry point `@conv-arithmetic/react/explainer`: the three synchronised views of a transposed
// convolution. Apart from the main entry, so that a page of plain figures never loads the
// scatter and matrix drawing (the main entry's figures load it only when a `view` asks).
export { explainText } from './explainer/explainText';
export type { TransposedConvExplainerProps } from './explainer/TransposedConvExplainer';
export { TransposedConvExplainer } from './explainer/TransposedConvExplainer';
export type { FigureOrder, FigureView } from './views/kind';
export type { Lit, ViewCell } from './views/viewLit';
