import { ConvArithmeticError, type Diagram, type PoolMode } from '@conv-arithmetic/core';
import type { LayoutKind } from '../svg/layout';
import type { DiagramNumbers } from '../svg/values';
import { propsError } from '../validateProps';
import { type FigureView, MAX_MATRIX_SIZE } from '../views/kind';
import { describeDiagram } from './describe';
import { POOL_RECIPE } from './poolRecipe';
import type { AnimationOptions } from './props';
import { CONV_RECIPE, type FigureRecipe } from './recipe';
import { type FigureKind, type FigureSpec, figureSpecOf, MAX_GRID_SIZE } from './spec';

/** What one animation draws, computed from its props without React: for exporters and tests. */
export interface FigureModel {
  /** The equivalent convolution's diagram; every view steps through the same convolution. */
  diagram: Diagram;
  numbers: DiagramNumbers | null;
  layout: LayoutKind;
  title: string;
  /** `progressive`: output cells are filled only once computed; `all` (default): from the start. */
  reveal: Reveal;
  /** Whether the equation line shows (only with numbers: they are what it adds up). */
  equation: boolean;
  /** A pooling's mode; undefined for convolutions. */
  mode?: PoolMode | undefined;
  /** Which picture to draw (default `equivalent`). */
  view: FigureView;
  /** The spec the diagram draws (a dilated figure's dilation filled in). */
  spec: FigureSpec;
  /** Frames of this view: output cells, or input cells for `scatter`. */
  frameCount: number;
}

/** The view these props ask for, once it suits the figure and its size. */
function viewOf(
  kind: FigureKind,
  props: { view?: unknown; input: unknown },
  diagram: Diagram,
): FigureView {
  const view = (props.view ?? 'equivalent') as FigureView;
  if (view !== 'equivalent' && kind === 'pool') {
    throw new ConvArithmeticError('view', view, `a pooling is drawn in one view: got '${view}'`);
  }
  if (view === 'scatter' && kind !== 'transposed') {
    throw new ConvArithmeticError(
      'view',
      view,
      'view \'scatter\' draws a transposed convolution: use <TransposedConvAnimation view="scatter">',
    );
  }
  if (view === 'matrix') requireMatrixFits(diagram, props.input);
  return view;
}

/** Throws, naming `input`, when the matrix of the diagram's convolution is past the view's cap. */
export function requireMatrixFits(diagram: Diagram, input: unknown): void {
  const rows = diagram.output.rows * diagram.output.cols;
  const cols = diagram.source.rows * diagram.source.cols;
  if (rows > MAX_MATRIX_SIZE || cols > MAX_MATRIX_SIZE) {
    throw new ConvArithmeticError(
      'input',
      input,
      `input makes a ${rows}×${cols} matrix, more than the ${MAX_MATRIX_SIZE} rows or columns the matrix view draws`,
    );
  }
}

/** When output cells appear: all from the first frame (the paper's), or each once computed. */
export type Reveal = 'all' | 'progressive';

/** Numbers read best side by side; the abstract picture reads best in the paper's projection. */
const defaultLayout = (numbers: DiagramNumbers | null): LayoutKind =>
  numbers ? 'flat' : 'perspective';

/** The numbers to print; whatever fails in reading `values` is reported as `values`. */
function numbersOf(
  recipe: FigureRecipe,
  diagram: Diagram,
  spec: FigureSpec,
  values: AnimationOptions['values'],
) {
  try {
    return recipe.numbers(diagram, spec, values);
  } catch (error) {
    if (error instanceof ConvArithmeticError) throw error;
    throw new ConvArithmeticError('values', values, `values: ${error}`);
  }
}

/**
 * The diagram, numbers, layout and accessible name the components would draw for these props.
 * Throws ConvArithmeticError on invalid props, exactly as the components would report them;
 * sizes are checked against `maxGridSize` before anything of that size is built.
 *
 * @example
 * const { diagram, title } = createFigureModel('transposed', { input: 3, kernel: 3, stride: 2 })
 */
export function createFigureModel(
  kind: FigureKind,
  props: FigureSpec & AnimationOptions & { view?: FigureView | undefined },
): FigureModel {
  return modelFrom(kind === 'pool' ? POOL_RECIPE : CONV_RECIPE, kind, props);
}

/** createFigureModel with the recipe given: what the components call, each with its own. */
export function modelFrom(
  recipe: FigureRecipe,
  kind: FigureKind,
  props: FigureSpec & AnimationOptions & { view?: FigureView | undefined },
): FigureModel {
  const invalid = propsError(props);
  if (invalid) throw invalid;
  const spec = figureSpecOf(kind, props);
  const diagram = recipe.diagram(kind, spec, props.maxGridSize ?? MAX_GRID_SIZE);
  const view = viewOf(kind, props, diagram);
  const shown = props.showValues || props.values || props.equation;
  const numbers = shown ? numbersOf(recipe, diagram, spec, props.values) : null;
  const { source } = diagram;
  return {
    diagram,
    numbers,
    layout: props.layout ?? defaultLayout(numbers),
    title: props.title ?? describeDiagram(diagram, spec),
    reveal: props.reveal ?? 'all',
    // Shown with the numbers unless turned off: the numbers alone do not say how they add up.
    equation: numbers !== null && props.equation !== false,
    mode: spec.mode,
    view,
    spec,
    frameCount: view === 'scatter' ? source.rows * source.cols : diagram.frameCount,
  };
}
