'use client';
import { ConvolutionFigure } from './figure/ConvolutionFigure';
import { POOL_RECIPE } from './figure/poolRecipe';
import type { PoolingAnimationProps } from './figure/props';

/**
 * A max or average pooling, animated as the paper's Figures 1.5 and 1.6: one frame per output
 * cell, the numbers shown and laid out flat (output to the right) unless told otherwise. Max
 * pooling's padding holds −∞, so it never wins; average divides by the whole window, padding
 * included (PyTorch's defaults). Kept in its own module so pages without it do not load it.
 *
 * @example
 * <PoolingAnimation mode="max" input={5} kernel={3} stride={1} />
 */
export function PoolingAnimation(props: PoolingAnimationProps) {
  return (
    <ConvolutionFigure
      {...props}
      showValues={props.showValues === undefined ? true : props.showValues}
      kind="pool"
      recipe={POOL_RECIPE}
    />
  );
}
