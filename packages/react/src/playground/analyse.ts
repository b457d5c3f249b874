import { createFigureModel } from '../figure/model';
import type { AnimationOptions } from '../figure/props';
import { type FigureSpec, figureSpecOf, resolveFigure } from '../figure/spec';
import { classicTheme, darkTheme, highContrastTheme, slideTheme } from '../theme/tokens';
import type { FigureView } from '../views/kind';
import {
  type AxisFormula,
  directFormula,
  drawnPadding,
  poolFormula,
  transposedFormula,
} from './formula';
import {
  type ChannelArgs,
  type FrameworkLine,
  kerasConv,
  kerasPool,
  kerasTransposed,
  type PoolAxis,
  type PoolLineSpec,
  pytorchConv,
  pytorchPool,
  pytorchTransposed,
} from './frameworks';
import type { PlaygroundState } from './state';

const THEMES = {
  classic: classicTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  slide: slideTheme,
} as const;

/** Everything a playground shows for one valid state. */
export interface PlaygroundAnalysis {
  /** Props of the public component that draws it. */
  props: FigureSpec & AnimationOptions & { view?: FigureView | undefined };
  formulas: { rows: AxisFormula; cols: AxisFormula };
  /** Transposed only: the padding p′ the paper draws around the stretched input, per axis. */
  drawn: { rows: string; cols: string } | null;
  pytorch: FrameworkLine;
  keras: FrameworkLine;
}

const size = ([rows, cols]: readonly [number, number]) =>
  rows === cols ? rows : ([rows, cols] as const);

/** The component props of a state (theme as its preset's tokens). */
export function playgroundProps(
  state: PlaygroundState,
): FigureSpec & AnimationOptions & { view?: FigureView | undefined } {
  const pool = state.kind === 'pool';
  // A pooling has no kernel weights, and an average one no dilation: the controls hide them.
  const kernelValues = pool ? null : state.kernelValues;
  return {
    ...(pool && { mode: state.mode, ceilMode: state.ceilMode }),
    input: size(state.input),
    kernel: size(state.kernel),
    stride: size(state.stride),
    padding: state.padding,
    ...(!(pool && state.mode === 'average') && { dilation: size(state.dilation) }),
    ...(state.kind === 'transposed' && { outputPadding: size(state.outputPadding) }),
    showValues: state.values,
    ...(state.values &&
      (state.inputValues || kernelValues) && {
        values: {
          ...(state.inputValues && { input: state.inputValues }),
          ...(kernelValues && { kernel: kernelValues }),
        },
      }),
    ...(!pool && state.view !== 'equivalent' && { view: state.view }),
    // Channel props only when they say something: a one-map state draws exactly as before.
    ...(!pool && state.inChannels !== 1 && { inChannels: state.inChannels }),
    ...(!pool && state.outChannels !== 1 && { outChannels: state.outChannels }),
    ...(!pool && state.groups !== 1 && { groups: state.groups }),
    ...(hasFill(state) && state.paddingMode !== 'zeros' && { paddingMode: state.paddingMode }),
    ...(state.layout !== 'auto' && { layout: state.layout }),
    theme: THEMES[state.theme],
  };
}

/** Only a direct convolution fills its padding (PyTorch's ConvTranspose2d pads with zeros). */
const hasFill = (state: PlaygroundState) => state.kind === 'conv' || state.kind === 'dilated';

const channelArgs = (state: PlaygroundState): ChannelArgs => ({
  inChannels: state.inChannels,
  outChannels: state.outChannels,
  groups: state.groups,
  paddingMode: hasFill(state) ? state.paddingMode : 'zeros',
});

/** A valid pooling state's numbers per axis (its padding a number or a pair, as it must be). */
function poolLineSpec(state: PlaygroundState): PoolLineSpec {
  const padding = state.padding as number | readonly [number, number];
  const axis = (x: 0 | 1): PoolAxis => {
    const spec = {
      input: state.input[x],
      kernel: state.kernel[x],
      stride: state.stride[x],
      padding: typeof padding === 'number' ? padding : padding[x],
      dilation: state.mode === 'average' ? 1 : state.dilation[x],
    };
    return { ...spec, output: poolFormula({ ...spec, ceilMode: state.ceilMode }).value };
  };
  return { rows: axis(0), cols: axis(1), mode: state.mode, ceilMode: state.ceilMode };
}

/** ConvTranspose2d takes no padding mode: say so when the state names one. */
function withModeNote(line: FrameworkLine, state: PlaygroundState): FrameworkLine {
  if (typeof state.padding !== 'string') return line;
  const mode = `ConvTranspose2d takes padding as numbers only: '${state.padding}' is written as the numbers it means.`;
  return { ...line, note: line.note ? `${mode} ${line.note}` : mode };
}

/**
 * Checks a state exactly as the components would (throws their ConvArithmeticError) and works
 * out its formula and framework lines.
 *
 * @example
 * analysePlayground(DEFAULT_PLAYGROUND_STATE).formulas.rows.filled
 * // 'o = ⌊(5 + 2·1 − 3) / 2⌋ + 1 = 3'
 */
export function analysePlayground(state: PlaygroundState): PlaygroundAnalysis {
  const props = playgroundProps(state);
  createFigureModel(state.kind, props);
  if (state.kind === 'pool') {
    const pool = poolLineSpec(state);
    return {
      props,
      formulas: {
        rows: poolFormula({ ...pool.rows, ceilMode: pool.ceilMode }),
        cols: poolFormula({ ...pool.cols, ceilMode: pool.ceilMode }),
      },
      drawn: null,
      pytorch: pytorchPool(pool),
      keras: kerasPool(pool),
    };
  }
  const figure = resolveFigure(state.kind, figureSpecOf(state.kind, props));
  if (figure.transposed) {
    const resolved = figure.axes;
    return {
      props,
      formulas: { rows: transposedFormula(resolved.rows), cols: transposedFormula(resolved.cols) },
      drawn: {
        rows: drawnPadding(resolved.rows).filled,
        cols: drawnPadding(resolved.cols).filled,
      },
      pytorch: withModeNote(pytorchTransposed(resolved, channelArgs(state)), state),
      keras: kerasTransposed(resolved, channelArgs(state)),
    };
  }
  const resolved = figure.axes;
  return {
    props,
    formulas: { rows: directFormula(resolved.rows), cols: directFormula(resolved.cols) },
    drawn: null,
    pytorch: pytorchConv(resolved, state.padding, channelArgs(state)),
    keras: kerasConv(resolved, channelArgs(state)),
  };
}
