import type { Pair } from '@conv-arithmetic/core';
import { formatValue } from '../svg/cellStyle';
import type { DiagramNumbers } from '../svg/values';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

/** A kernel weight as a matrix entry shows it: its number, or its name w₀₁ (w₁₀,₂ past 9). */
export function weightLabel(kernel: Pair, numbers: DiagramNumbers | null): string {
  if (numbers) return formatValue(numbers.kernel[kernel[0]]?.[kernel[1]] ?? 0);
  const [a, b] = kernel;
  return `w${subscript(a)}${a > 9 || b > 9 ? ',' : ''}${subscript(b)}`;
}

/** The value of input cell (row, col), or of a kernel weight; 0 when no numbers are given. */
export const inputValue = (numbers: DiagramNumbers, [row, col]: Pair): number =>
  numbers.input[row]?.[col] ?? 0;

export const weightValue = (numbers: DiagramNumbers, [a, b]: Pair): number =>
  numbers.kernel[a]?.[b] ?? 0;
