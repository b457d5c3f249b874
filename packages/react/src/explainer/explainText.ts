import type { Pair } from '@conv-arithmetic/core';
import type { FigureModel } from '../figure/model';
import { formatValue } from '../svg/cellStyle';
import { frameOutput } from '../svg/frameOutput';
import type { FigureOrder } from '../views/kind';
import { outputsFed, sourceAt, sourcesRead } from '../views/links';

const cell = ([r, c]: Pair) => `(${r + 1}, ${c + 1})`;

/** Cells as people count them, the first 12 and then how many more; "none" for none. */
function cells(list: readonly Pair[]): string {
  if (list.length === 0) return 'none';
  const shown = list.slice(0, 12).map(cell);
  if (list.length > 12) shown.push(`${list.length - 12} more`);
  return shown.join(', ');
}

/**
 * The explainer's words for one frame: the cell in step and what each of the three views shows
 * of it (1-based cells, as people count).
 *
 * @example
 * explainText(createFigureModel('transposed', { input: 2, kernel: 3 }), 0, 'gather')
 * // "Frame 1 of 16: output cell (1, 1). The equivalent convolution's window reads input cell…"
 */
export function explainText(model: FigureModel, frame: number, order: FigureOrder): string {
  const { diagram, numbers } = model;
  if (order === 'scatter') {
    const source = sourceAt(diagram, frame);
    const fed = outputsFed(diagram, source[0], source[1]);
    return `Frame ${frame + 1} of ${diagram.source.rows * diagram.source.cols}: input cell ${cell(source)}. Its stamp reaches output cells ${cells(fed)}; in the equivalent convolution these are the windows that read it; in the matrix it is column ${frame + 1} of M.`;
  }
  const output = frameOutput(diagram, frame);
  const read = sourcesRead(diagram, frame).map((link) => link.source);
  const value = numbers?.output[output[0]]?.[output[1]];
  const sum = value === undefined ? '' : `, summing to ${formatValue(value)}`;
  return `Frame ${frame + 1} of ${diagram.frameCount}: output cell ${cell(output)}. The equivalent convolution's window reads input cells ${cells(read)}; in the scatter view the stamps of the same cells reach it${sum}; in the matrix it is row ${frame + 1} of M.`;
}
