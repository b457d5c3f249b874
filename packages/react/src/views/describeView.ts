import type { Pair } from '@conv-arithmetic/core';
import { describeFrame } from '../figure/describe';
import type { FigureModel } from '../figure/model';
import { frameOutput } from '../svg/frameOutput';
import type { FigureOrder } from './kind';
import { outputsFed, sourceAt, sourcesRead } from './links';

/** Cells as people count them, 1-based, the first 12 and then how many more. */
function cells(list: readonly Pair[]): string {
  const shown = list.slice(0, 12).map(([r, c]) => `(${r + 1}, ${c + 1})`);
  if (list.length > 12) shown.push(`${list.length - 12} more`);
  return shown.join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The live region's words for one frame of a view. `order` says what a frame is: an output cell
 * (`gather`, the paper's order) or an input cell (`scatter`; the scatter view's only order).
 *
 * @example
 * describeViewFrame(createFigureModel('transposed', { input: 2, kernel: 3, view: 'scatter' }), 0)
 * // "Frame 1 of 4: input cell (1, 1) adds its value times the 3×3 kernel to 9 output cells: …"
 */
export function describeViewFrame(
  model: FigureModel,
  frame: number,
  order: FigureOrder = model.view === 'scatter' ? 'scatter' : 'gather',
): string {
  const { diagram, view } = model;
  const name = diagram.kind === 'transposed' ? 'M' : 'C';
  const count =
    order === 'scatter' ? diagram.source.rows * diagram.source.cols : diagram.frameCount;
  const head = `Frame ${frame + 1} of ${count}:`;
  if (order === 'scatter') {
    const [row, col] = sourceAt(diagram, frame);
    const fed = outputsFed(diagram, row, col);
    const kernel = `${diagram.kernel.rows}×${diagram.kernel.cols}`;
    const where = view === 'matrix' ? ` (column ${frame + 1} of ${name})` : '';
    return `${head} input cell (${row + 1}, ${col + 1})${where} adds its value times the ${kernel} kernel to ${plural(fed.length, 'output cell')}${fed.length ? `: ${cells(fed)}` : ''}.`;
  }
  if (view !== 'matrix') return describeFrame(diagram, diagram.frame(frame));
  const [row, col] = frameOutput(diagram, frame);
  const read = sourcesRead(diagram, frame).map((link) => link.source);
  return `${head} row ${frame + 1} of ${name} gives output cell (${row + 1}, ${col + 1}): ${plural(read.length, 'non-zero weight')}${read.length ? `, on input cells ${cells(read)}` : ''}.`;
}
