import type { Pair } from '@conv-arithmetic/core';
import { formatValue } from '../svg/cellStyle';
import type { DiagramNumbers } from '../svg/values';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

/** A kernel weight as a matrix entry shows it: its number, or its name w₀₁ (w₁₀,₂ past 9). */
export function weightLabel(kernel: Pair, numbers: DiagramNumbers | null): string {
  if (numbers) return formatValue(numbers.kernel[kernel[0]]?.[kernel[1]] ?? 0);
  const [a, b] = kernel;
  const key = a * 65536 + b; // a kernel side is under 2^16 taps (core MAX_FRAME_TAPS)
  let name = NAMES.get(key);
  if (name === undefined) {
    name = `w${subscript(a)}${a > 9 || b > 9 ? ',' : ''}${subscript(b)}`;
    NAMES.set(key, name);
  }
  return name;
}

/** Weight names made so far: the scatter view names a stamp's weights on every step. */
const NAMES = new Map<number, string>();

/** The value of input cell (row, col), or of a kernel weight; 0 when no numbers are given. */
export const inputValue = (numbers: DiagramNumbers, [row, col]: Pair): number =>
  numbers.input[row]?.[col] ?? 0;

export const weightValue = (numbers: DiagramNumbers, [a, b]: Pair): number =>
  numbers.kernel[a]?.[b] ?? 0;
