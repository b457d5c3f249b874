import type { Diagram, Matrix } from '@conv-arithmetic/core';
import type { DiagramNumbers } from '../svg/values';
import { diagramNumbers } from './numbers';
import { buildDiagram, type FigureKind, type FigureSpec } from './spec';

/**
 * How one family of figures is built: its diagram (size checked against `maxGridSize` first) and
 * the numbers it prints. Each component hands its own to the shared figure, so a page loads the
 * arithmetic of the components it uses and no other (pooling's stays out of a ConvAnimation page).
 */
export interface FigureRecipe {
  diagram(kind: FigureKind, spec: FigureSpec, maxGridSize: number): Diagram;
  numbers(
    diagram: Diagram,
    spec: FigureSpec,
    values: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined,
  ): DiagramNumbers;
}

/** Direct, transposed and dilated convolutions. */
export const CONV_RECIPE: FigureRecipe = {
  diagram: (kind, spec, maxGridSize) =>
    buildDiagram(kind === 'pool' ? 'conv' : kind, spec, maxGridSize),
  numbers: diagramNumbers,
};
