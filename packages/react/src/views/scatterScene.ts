import type { Pair } from '@conv-arithmetic/core';
import { scatterDiagram } from '@conv-arithmetic/core/matrix';
import type { FigureModel } from '../figure/model';
import { round } from '../svg/projection';
import type { DiagramNumbers } from '../svg/values';
import type { ConvTheme } from '../theme/tokens';
import type { FigureOrder } from './kind';
import { inputValue, weightValue } from './weights';

const MARGIN = 14;

/** A stamp reaching an output cell: the input cell it comes from (its frame) and the weight. */
export interface Arrival {
  frame: number;
  input: Pair;
  kernel: Pair;
}

/** The scatter diagram with, per output cell (row-major), the stamps that reach it. */
export interface ArrivalTable {
  scatter: ReturnType<typeof scatterDiagram>;
  table: Arrival[][];
  /** The most stamps any output cell receives. */
  most: number;
}

export function arrivalTable(model: FigureModel): ArrivalTable {
  const scatter = scatterDiagram(model.spec);
  const { rows, cols } = scatter.output;
  const table: Arrival[][] = [];
  let most = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const list = scatter.arrivals(r, c).map(({ input, kernel }) => ({
        frame: scatter.frameAt(input[0], input[1]),
        input,
        kernel,
      }));
      most = Math.max(most, list.length);
      table.push(list);
    }
  }
  return { scatter, table, most };
}

/** Where the scatter view puts its input, kernel and output grids, and its size. */
export interface ScatterGeometry {
  unit: number;
  input: Pair;
  kernel: Pair;
  output: Pair;
  width: number;
  height: number;
  label: number;
}

export function scatterGeometry(
  model: FigureModel,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
): ScatterGeometry {
  const { source, kernel, output } = model.diagram;
  const label = labels ? theme.font.labelSize * 1.6 : 0;
  const top = MARGIN + label;
  const kernelTop = top + (source.rows + 0.6) * unit + label;
  const outputLeft = MARGIN + (source.cols + 1.5) * unit;
  const bottom = Math.max(kernelTop + kernel.rows * unit, top + output.rows * unit);
  return {
    unit,
    input: [MARGIN, top],
    kernel: [MARGIN, kernelTop],
    output: [outputLeft, top],
    // Whole pixels: a rasteriser rounds a fractional size, and every frame must match the first.
    width: Math.ceil(
      outputLeft + Math.max(output.cols * unit, labels ? theme.font.labelSize * 9 : 0) + MARGIN,
    ),
    height: Math.ceil(bottom + MARGIN),
    label,
  };
}

export const cellRect = (origin: Pair, unit: number, row: number, col: number) => ({
  x: round(origin[0] + col * unit),
  y: round(origin[1] + row * unit),
  width: round(unit),
  height: round(unit),
});

/** An output cell at some frame: filled once a stamp has reached it, and its running sum. */
export interface OutputState {
  reached: boolean;
  sum: number;
}

/** Output cell `index` (row-major) after frame `frame` of the order. */
export function outputState(
  list: readonly Arrival[],
  index: number,
  frame: number,
  order: FigureOrder,
  numbers: DiagramNumbers | null,
): OutputState {
  // Counted in place (no filtered copy): a step redraws whole rows of cells.
  let arrived = 0;
  let sum = 0;
  for (const s of list) {
    if (order === 'gather' ? index > frame : s.frame > frame) continue;
    arrived++;
    if (numbers) sum += inputValue(numbers, s.input) * weightValue(numbers, s.kernel);
  }
  return { reached: arrived > 0 || (order === 'gather' && index <= frame), sum };
}

/**
 * Per output row, the frames at which one of its cells changes (sorted, distinct): a cell changes
 * when a stamp reaches it (scatter order; without values only the first, which fills it: later
 * ones leave it as it is) or when its own frame comes (gather order).
 */
export function rowChanges(
  table: ArrivalTable,
  cols: number,
  order: FigureOrder,
  valued: boolean,
): number[][] {
  const rows: number[][] = [];
  for (let index = 0; index < table.table.length; index++) {
    const row = Math.floor(index / cols);
    rows[row] ??= [];
    const arrivals = table.table[index] ?? [];
    if (order === 'gather') rows[row].push(index);
    else if (valued) for (const stamp of arrivals) rows[row].push(stamp.frame);
    else if (arrivals.length > 0) {
      let first = Number.POSITIVE_INFINITY;
      for (const stamp of arrivals) first = Math.min(first, stamp.frame);
      rows[row].push(first);
    }
  }
  return rows.map((frames) => [...new Set(frames)].sort((a, b) => a - b));
}

/**
 * The last frame up to `frame` at which the row changed (-1 before its first change): the row's
 * cells look the same at that frame as at `frame`, so a step redraws only the rows it changes.
 */
export function rowVersion(changes: readonly number[], frame: number): number {
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((changes[middle] ?? 0) <= frame) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : (changes[low - 1] ?? -1);
}
