import type { Diagram } from '@conv-arithmetic/core';
import type { FigureLayout } from './layout';
import { flatProjection } from './projection';

const MARGIN = 14;
/** Rows of cells between the output strip and the input strip, for the connectors. */
const GAP = 1.6;

/**
 * The 1-D layout: the input as a flat strip, the output strip above it, each output cell over the
 * window that computes it: right-aligned to its last tap when all the padding is before (causal,
 * so output t sits over input t), centred over the window otherwise. Labels left of each strip.
 *
 * @example
 * stripLayout(convDiagram({ input: [1, 8], kernel: [1, 3], padding: 'causal' }), 28, opts).kind // '1d'
 */
export function stripLayout(
  diagram: Diagram,
  unit: number,
  options: { labels: boolean; labelSize: number; legendHeight: number },
): FigureLayout {
  const { cols } = diagram.input;
  const out = diagram.output;
  const reach = diagram.dilation[1] * (diagram.kernel.cols - 1);
  const { left, right } = diagram.padding;
  const shift = left + right > 0 ? (reach * left) / (left + right) : reach / 2;
  const output = flatProjection(unit, 0, shift);
  const input = flatProjection(unit, out.rows + GAP, 0);
  const gap = options.labelSize * 0.5;
  const inputLabel = [input(0, 0)[0] - gap, input(0.5, 0)[1] + options.labelSize * 0.35] as const;
  const outputLabel = [
    output(0, 0)[0] - gap,
    output(0.5, 0)[1] + options.labelSize * 0.35,
  ] as const;
  // Text cannot be measured without a DOM: estimate "output" at 0.62 em per letter.
  const labelWidth = options.labels ? options.labelSize * 0.62 * 'output'.length + gap : 0;
  const minX = Math.min(0, shift * unit) - labelWidth - MARGIN;
  const minY = -MARGIN;
  const maxX = Math.max(cols, shift + out.cols) * unit + MARGIN;
  const bottom = (out.rows + GAP + diagram.input.rows) * unit;
  return {
    kind: '1d',
    unit,
    input,
    output,
    minX,
    minY,
    width: maxX - minX,
    height: bottom + MARGIN + options.legendHeight - minY,
    inputLabel,
    outputLabel,
    legend: [minX + MARGIN, bottom + MARGIN],
  };
}
