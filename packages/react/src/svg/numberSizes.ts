import { formatValue } from './cellStyle';
import type { DiagramNumbers } from './values';

/** Font sizes of the numbers printed in cells, in px. */
export interface NumberSizes {
  /** Input (and padding) values, in the upper part of each cell. */
  input: number;
  /** Kernel weights, in the lower right corner of each tap. */
  weight: number;
  /** Output values, centred. */
  output: number;
}

/** Where the numbers sit inside a cell, in cell units (row, col from its top-left corner). */
export const NUMBER_PLACES = {
  /** Input values, centred a little above the middle, so a weight fits under them. */
  input: [0.37, 0.5],
  /** Weights' baseline and right edge. */
  weight: [0.91, 0.92],
  output: [0.5, 0.5],
} as const;

// Advance widths in em, generous for the sans fonts the themes name (DejaVu Sans digits are 0.64 em).
const advance = (char: string) => (/\d/.test(char) ? 0.64 : char === '.' ? 0.32 : 0.5);
const widthEm = (text: string) => [...text].reduce((sum, char) => sum + advance(char), 0);

/** The largest size up to `share × unit` at which the widest text fits `room × unit`. */
function fitted(texts: string[], unit: number, share: number, room: number): number {
  const widest = Math.max(1, ...texts.map(widthEm));
  return Math.min(share * unit, (room * unit) / widest);
}

/**
 * Font sizes that keep every number legible and inside its cell: about 0.4 of the cell (11 px
 * at the default 28 px cell, 19 px at the slide preset's 48 px), smaller only when the widest
 * number would not fit its cell. An input value (above the middle) and a weight (lower right)
 * never share a line, so they cannot overlap whatever their length.
 *
 * @example
 * numberSizes(28, paperNumbers) // { input: 11.76, weight: 11.2, output: 11.76 }
 */
export function numberSizes(unit: number, numbers: DiagramNumbers): NumberSizes {
  const inputs = ['0', ...numbers.input.flat().map(formatValue)];
  const weights = numbers.kernel.flat().map(formatValue);
  const outputs = numbers.output.flat().map((value) => value.toFixed(1));
  return {
    input: fitted(inputs, unit, 0.42, 0.86),
    weight: fitted(weights, unit, 0.4, 0.84),
    output: fitted(outputs, unit, 0.42, 0.88),
  };
}
