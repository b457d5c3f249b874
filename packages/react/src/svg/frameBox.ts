import type { Diagram } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';
import type { FigureLayout } from './layout';
import type { Point } from './projection';

/** An axis-aligned box in SVG pixels. */
export interface SvgBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Where FrameOverlay draws for `frame`, in SVG pixels: the window's and the taps' corners, the
 * output cell's corners (the connectors join those), grown by the thickest stroke plus 2 px
 * for antialiasing (and the whole output plane with progressive reveal). Both projections are affine, so a cell range's corners bound every cell in it.
 *
 * @example
 * frameBox(diagram, layout, theme, 0) // { minX: -40.5, minY: -95, maxX: 62, maxY: 12.5 }
 */
export function frameBox(
  diagram: Diagram,
  layout: FigureLayout,
  theme: ConvTheme,
  frame: number,
  progressive = false,
): SvgBox {
  const current = diagram.frame(frame);
  const box = diagram.window(frame);
  const [outRow, outCol] = current.output;
  const points: Point[] = [];
  const cells = (project: FigureLayout['input'], row: number, col: number, rows = 1, cols = 1) =>
    points.push(
      project(row, col),
      project(row, col + cols),
      project(row + rows, col + cols),
      project(row + rows, col),
    );
  cells(layout.input, box.row, box.col, box.rows, box.cols);
  for (const tap of current.taps) cells(layout.input, tap.drawn[0], tap.drawn[1]);
  cells(layout.output, outRow, outCol);
  // Progressive reveal draws over the whole output plane.
  if (progressive) cells(layout.output, 0, 0, diagram.output.rows, diagram.output.cols);
  const { stroke } = theme;
  const pad = Math.max(stroke.thick * 1.5, stroke.connector, stroke.thick) + 2;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX: minX - pad, minY: minY - pad, maxX: maxX + pad, maxY: maxY + pad };
}
