import { blame, MAX_SAFE, mustBe, orDefault, requireInteger } from './errors';
import { requireAtMost } from './limits';
import { toPair } from './pair';

/**
 * Named padding modes, per axis with kernel k and dilation d:
 * - `'valid'`: no padding;
 * - `'same'`: the paper's half padding — d·(k−1) in total, floor(total/2) before and the rest
 *   after, so stride 1 keeps the size and an even kernel pads one more after;
 * - `'full'`: d·(k−1) on each side, so every input cell meets every kernel tap;
 * - `'causal'`: d·(k−1) before and none after, so output i reads inputs up to i and none later
 *   (Keras `Conv1D(padding='causal')`, WaveNet); on both axes of a 2-D spec.
 */
export type PaddingMode = 'valid' | 'same' | 'full' | 'causal';

/** Padding of one axis: a number for both sides, `[before, after]`, or a mode. */
export type AxisPadding = number | readonly [before: number, after: number] | PaddingMode;

/**
 * Padding of a 2-D input: a number pads all sides; a pair is `[rows, cols]`, each symmetric;
 * a mode applies per axis; an object gives each side.
 */
export type Padding =
  | number
  | readonly [rows: number, cols: number]
  | PaddingMode
  | { top: number; right: number; bottom: number; left: number };

/** Padding resolved to four non-negative integers. */
export interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MODES: readonly string[] = ['valid', 'same', 'full', 'causal'];

function isMode(value: unknown): value is PaddingMode {
  return MODES.includes(value as string);
}

const MODE_RULE = "'valid', 'same', 'full' or 'causal'";

const unknownPadding = (value: unknown, rule = `a number, a pair or ${MODE_RULE}`) =>
  mustBe('padding', value, rule);

/**
 * `[before, after]` padding of a mode for a kernel of `kernel` taps spaced `dilation` apart.
 *
 * @example
 * modePadding('same', 4, 1) // [1, 2]: an even kernel pads one more after
 * modePadding('causal', 3, 2) // [4, 0]
 * modePadding('bogus', 3, 1) // throws: padding must be 'valid', 'same', 'full' or 'causal', got "bogus"
 */
export function modePadding(mode: PaddingMode, kernel: number, dilation: number): [number, number] {
  if (!isMode(mode)) throw unknownPadding(mode, MODE_RULE);
  const total = (requireInteger('kernel', kernel, 1) - 1) * requireInteger('dilation', dilation, 1);
  requireAtMost('dilation', total, 'cells of padding', MAX_SAFE, dilation);
  const before = mode === 'same' ? Math.floor(total / 2) : mode === 'valid' ? 0 : total;
  return [before, mode === 'same' ? total - before : mode === 'full' ? total : 0];
}

/**
 * Resolves one axis's padding to `[before, after]`.
 *
 * @example
 * resolveAxisPadding('full', 3, 2) // [4, 4]
 * resolveAxisPadding([0, 1], 3, 1) // [0, 1]
 */
export function resolveAxisPadding(
  padding: AxisPadding | undefined,
  kernel: number,
  dilation: number,
): [number, number] {
  return blame({ padding, kernel, dilation }, () => {
    if (isMode(padding)) return modePadding(padding, kernel, dilation);
    const both = orDefault(padding, 0);
    const pair = Array.isArray(padding) ? padding : typeof both === 'number' ? [both, both] : [];
    if (pair.length !== 2) throw unknownPadding(padding);
    return [requireInteger('padding', pair[0], 0), requireInteger('padding', pair[1], 0)];
  });
}

/**
 * Resolves 2-D padding to its four sides for a `[rows, cols]` kernel and dilation.
 *
 * @example
 * resolvePadding('same', [3, 4], [1, 1]) // { top: 1, bottom: 1, left: 1, right: 2 }
 * resolvePadding([1, 2], [3, 3], [1, 1]) // { top: 1, bottom: 1, left: 2, right: 2 }
 */
export function resolvePadding(
  padding: Padding | undefined,
  kernel: readonly [number, number],
  dilation: readonly [number, number],
): Sides {
  return blame({ padding, kernel, dilation }, () => {
    const k = toPair('kernel', kernel, 1);
    const d = toPair('dilation', dilation, 1);
    const [rows, cols] = axisPaddings(padding);
    const [top, bottom] = resolveAxisPadding(rows, k[0], d[0]);
    const [left, right] = resolveAxisPadding(cols, k[1], d[1]);
    return { top, right, bottom, left };
  });
}

/**
 * Splits 2-D padding into the padding of each axis, validated by `resolveAxisPadding`: a
 * `[rows, cols]` pair of integers, each symmetric; sides as `[top, bottom]` and `[left, right]`;
 * anything else (a number, a mode, junk) applies to both.
 */
export function axisPaddings(padding: unknown): [rows: AxisPadding, cols: AxisPadding] {
  if (Array.isArray(padding) && padding.length === 2) {
    return [requireInteger('padding', padding[0], 0), requireInteger('padding', padding[1], 0)];
  }
  if (typeof padding === 'object' && padding && !Array.isArray(padding)) {
    const sides = padding as Sides;
    return [
      [sides.top, sides.bottom],
      [sides.left, sides.right],
    ];
  }
  return [padding as AxisPadding, padding as AxisPadding];
}
