import type { AxisName, DirectAxis } from './axis';
import { on } from './axis';
import { ConvArithmeticError, mustBe, orDefault } from './errors';

/**
 * What padding cells hold, PyTorch's `padding_mode`: `'zeros'`; `'reflect'` mirrors the input
 * about its edge cell (not repeating it); `'replicate'` repeats the edge cell; `'circular'` wraps
 * around to the other side. Each axis is filled on its own, so a corner copies a corner.
 */
export type PaddingFill = 'zeros' | 'reflect' | 'replicate' | 'circular';

const FILLS: readonly string[] = ['zeros', 'reflect', 'replicate', 'circular'];

/** Validates a `paddingMode` (omitted: `'zeros'`). */
export function requireFill(value: unknown): PaddingFill {
  const fill = orDefault(value, 'zeros');
  if (!FILLS.includes(fill as string)) {
    throw mustBe('paddingMode', value, "'zeros', 'reflect', 'replicate' or 'circular'");
  }
  return fill as PaddingFill;
}

/**
 * The input index that padded position `i` (−before ≤ i < n + after, 0 at the first input cell)
 * copies along an axis of `n` cells, or −1 for a zero. Positions inside the input are themselves.
 */
export function fillIndex(fill: PaddingFill, i: number, n: number): number {
  if (i >= 0 && i < n) return i;
  if (fill === 'replicate') return i < 0 ? 0 : n - 1;
  if (fill === 'reflect') return i < 0 ? -i : 2 * (n - 1) - i;
  return fill === 'circular' ? ((i % n) + n) % n : -1;
}

/**
 * PyTorch's limits on the padding of a fill (`F.pad`): reflect needs padding smaller than the
 * input on each side (it mirrors without the edge), circular at most the input (it wraps once).
 */
export function checkFill(fill: PaddingFill, axis: DirectAxis, name?: AxisName): void {
  const padding = Math.max(axis.before, axis.after);
  const limit = fill === 'reflect' ? axis.input - 1 : fill === 'circular' ? axis.input : padding;
  if (padding > limit) {
    throw new ConvArithmeticError(
      'padding',
      padding,
      `padding (${padding}) must be ${fill === 'reflect' ? 'smaller than' : 'at most'} the input (${axis.input})${on(name)} with paddingMode '${fill}', as in PyTorch`,
    );
  }
}
