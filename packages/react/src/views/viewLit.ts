import type { Pair } from '@conv-arithmetic/core';
import type { FigureModel } from '../figure/model';
import { frameOutput } from '../svg/frameOutput';
import type { FigureOrder } from './kind';
import { outputsFed, sourceAt, sourcesRead } from './links';

/**
 * A cell of the convolution itself, as every view can show it: an input cell (row, col of the
 * unpadded input) or an output cell.
 */
export interface ViewCell {
  plane: 'input' | 'output';
  row: number;
  col: number;
}

/** What a view lights: the cell in focus and its partners in the other plane. */
export interface Lit {
  inputs: Pair[];
  outputs: Pair[];
}

/** A cell and its partners: an output cell with the inputs it reads, or an input with its outputs. */
export function litOf(model: FigureModel, cell: ViewCell): Lit {
  const { diagram } = model;
  if (cell.plane === 'output') {
    const frame = diagram.frameAt(cell.row, cell.col);
    return {
      outputs: [[cell.row, cell.col]],
      inputs: sourcesRead(diagram, frame).map((l) => l.source),
    };
  }
  return { inputs: [[cell.row, cell.col]], outputs: outputsFed(diagram, cell.row, cell.col) };
}

/** The cell frame `frame` is about: an output cell in gather order, an input cell in scatter order. */
export function frameCell(model: FigureModel, frame: number, order: FigureOrder): ViewCell {
  if (order === 'scatter') {
    const [row, col] = sourceAt(model.diagram, frame);
    return { plane: 'input', row, col };
  }
  const [row, col] = frameOutput(model.diagram, frame);
  return { plane: 'output', row, col };
}

/** Parses the view cell under the pointer from its `data-plane`, `data-row`, `data-col`. */
export function cellOf(target: EventTarget | null): ViewCell | null {
  const element = (target as Element | null)?.closest?.('[data-plane]');
  const plane = element?.getAttribute('data-plane');
  if (!element || (plane !== 'input' && plane !== 'output')) return null;
  return {
    plane,
    row: Number(element.getAttribute('data-row')),
    col: Number(element.getAttribute('data-col')),
  };
}

export const sameCell = (a: ViewCell | null, b: ViewCell | null): boolean =>
  a === b || (!!a && !!b && a.plane === b.plane && a.row === b.row && a.col === b.col);
