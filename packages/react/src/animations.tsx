'use client';
import { ConvolutionFigure } from './figure/ConvolutionFigure';
import type {
  ConvAnimationProps,
  DilatedConvAnimationProps,
  TransposedConvAnimationProps,
} from './figure/props';
import { CONV_RECIPE } from './figure/recipe';

/**
 * A direct convolution, animated as in the paper: one frame per output cell, row-major.
 *
 * @example
 * <ConvAnimation input={5} kernel={3} padding={1} stride={2} />
 */
export function ConvAnimation(props: ConvAnimationProps) {
  return <ConvolutionFigure {...props} kind="conv" recipe={CONV_RECIPE} />;
}

/**
 * A transposed convolution, drawn as the paper draws it: the equivalent direct convolution over
 * the zero-inserted, padded input. `padding` is the direct convolution's (PyTorch's convention).
 *
 * @example
 * <TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} outputPadding={1} />
 */
export function TransposedConvAnimation(props: TransposedConvAnimationProps) {
  return <ConvolutionFigure {...props} kind="transposed" recipe={CONV_RECIPE} />;
}

/**
 * A dilated convolution: taps spaced `dilation` apart (default 2), the gaps visible.
 *
 * @example
 * <DilatedConvAnimation input={7} kernel={3} />
 */
export function DilatedConvAnimation(props: DilatedConvAnimationProps) {
  return <ConvolutionFigure {...props} kind="dilated" recipe={CONV_RECIPE} />;
}
