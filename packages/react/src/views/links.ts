import type { Diagram, Pair } from '@conv-arithmetic/core';
import { frameOutput } from '../svg/frameOutput';

/** Where source (input) cell (row, col) sits on a diagram's drawn grid. */
export const drawnOf = (diagram: Diagram, row: number, col: number): Pair => [
  diagram.padding.top + row * diagram.spacing[0],
  diagram.padding.left + col * diagram.spacing[1],
];

/** The source cell of flattened index `index` (row-major), or of a scatter frame. */
export const sourceAt = (diagram: Diagram, index: number): Pair => [
  Math.floor(index / diagram.source.cols),
  index % diagram.source.cols,
];

/**
 * The output cells source cell (row, col) contributes to: the frames whose window reads its drawn
 * cell, which for a transposed convolution are exactly the cells its stamp reaches.
 */
export function outputsFed(diagram: Diagram, row: number, col: number): Pair[] {
  const [r, c] = drawnOf(diagram, row, col);
  return diagram.framesReading(r, c).map((frame) => frameOutput(diagram, frame));
}

/** The source cells output frame `frame` reads, with the kernel weight reading each. */
export function sourcesRead(diagram: Diagram, frame: number): { source: Pair; kernel: Pair }[] {
  const found: { source: Pair; kernel: Pair }[] = [];
  for (const tap of diagram.frame(frame).taps) {
    const cell = diagram.cell(tap.drawn[0], tap.drawn[1]);
    if (cell.kind === 'input') found.push({ source: cell.source, kernel: tap.kernel });
  }
  return found;
}
