import { ConvArithmeticError, describeValue, requireInteger } from './errors';

/**
 * Named padding modes, per axis with kernel k and dilation d:
 * - `'valid'`: no padding;
 * - `'same'`: the paper's half padding — d·(k−1) in total, floor(total/2) before and the rest
 *   after, so stride 1 keeps the size and an even kernel pads one more after;
 * - `'full'`: d·(k−1) on each side, so every input cell meets every kernel tap.
 */
export type PaddingMode = 'valid' | 'same' | 'full';

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

const MODES: readonly string[] = ['valid', 'same', 'full'];

function isMode(value: unknown): value is PaddingMode {
  return typeof value === 'string' && MODES.includes(value);
}

/**
 * `[before, after]` padding of a mode for a kernel of `kernel` taps spaced `dilation` apart.
 *
 * @example
 * modePadding('same', 4, 1) // [1, 2]: an even kernel pads one more after
 */
export function modePadding(mode: PaddingMode, kernel: number, dilation: number): [number, number] {
  const total = dilation * (kernel - 1);
  if (mode === 'valid') return [0, 0];
  if (mode === 'full') return [total, total];
  const before = Math.floor(total / 2);
  return [before, total - before];
}

function unknownPadding(value: unknown, shape: string): ConvArithmeticError {
  return new ConvArithmeticError(
    'padding',
    value,
    `padding must be ${shape}, got ${describeValue(value)}`,
  );
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
  if (padding === undefined) return [0, 0];
  if (isMode(padding)) return modePadding(padding, kernel, dilation);
  if (Array.isArray(padding)) {
    if (padding.length !== 2) throw unknownPadding(padding, 'a number, [before, after] or a mode');
    return [
      requireInteger('padding', padding[0], 0, padding),
      requireInteger('padding', padding[1], 0, padding),
    ];
  }
  if (typeof padding === 'number') {
    const both = requireInteger('padding', padding, 0);
    return [both, both];
  }
  throw unknownPadding(padding, "a number, [before, after], 'valid', 'same' or 'full'");
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
  if (padding === undefined) return { top: 0, right: 0, bottom: 0, left: 0 };
  if (isMode(padding)) {
    const [top, bottom] = modePadding(padding, kernel[0], dilation[0]);
    const [left, right] = modePadding(padding, kernel[1], dilation[1]);
    return { top, right, bottom, left };
  }
  if (typeof padding === 'number') {
    const all = requireInteger('padding', padding, 0);
    return { top: all, right: all, bottom: all, left: all };
  }
  if (Array.isArray(padding)) {
    if (padding.length !== 2) throw unknownPadding(padding, 'a [rows, cols] pair');
    const rows = requireInteger('padding', padding[0], 0, padding);
    const cols = requireInteger('padding', padding[1], 0, padding);
    return { top: rows, right: cols, bottom: rows, left: cols };
  }
  if (typeof padding === 'object' && padding !== null) {
    const sides = padding as Partial<Record<keyof Sides, unknown>>;
    return {
      top: requireInteger('padding', sides.top, 0, padding),
      right: requireInteger('padding', sides.right, 0, padding),
      bottom: requireInteger('padding', sides.bottom, 0, padding),
      left: requireInteger('padding', sides.left, 0, padding),
    };
  }
  throw unknownPadding(
    padding,
    "a number, a [rows, cols] pair, 'valid', 'same', 'full' or { top, right, bottom, left }",
  );
}
