import type { Diagram } from '@conv-arithmetic/core';
import { flatProjection, obliqueProjection, type Point, type Projection } from './projection';

export type LayoutKind = 'perspective' | 'flat';

/** Where everything goes, in SVG pixels; the viewBox starts at (minX, minY). */
export interface FigureLayout {
  kind: LayoutKind;
  unit: number;
  input: Projection;
  output: Projection;
  minX: number;
  minY: number;
  width: number;
  height: number;
  /** Text anchors for the "input" and "output" labels. */
  inputLabel: Point;
  outputLabel: Point;
  /** Top-left of the legend row. */
  legend: Point;
}

const MARGIN = 14; // ≈ the paper's 10 pt standalone border at 96 dpi

function extent(points: Point[]) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}

const corners = (p: Projection, rows: number, cols: number): Point[] => [
  p(0, 0),
  p(0, cols),
  p(rows, cols),
  p(rows, 0),
];

/**
 * Places the input and output planes: `perspective` stacks the output sheet above the input in
 * the paper's projection (raised by T + 1 cells, nudged 5 pt left); `flat` sets them side by
 * side, the output vertically centred, as in the paper's numerical figures.
 */
export function computeLayout(
  diagram: Diagram,
  kind: LayoutKind,
  unit: number,
  options: { labels: boolean; legendHeight: number },
): FigureLayout {
  const { rows, cols } = diagram.input;
  const out = diagram.output;
  let input: Projection;
  let output: Projection;
  if (kind === 'perspective') {
    input = obliqueProjection(rows, unit);
    // The paper raises the output by T + 1 for a T×T grid; for other shapes, by the input's height.
    const lift = (0.5 * cols + 0.65 * rows) / 1.15 + 1;
    output = obliqueProjection(out.rows, unit, lift, -0.35);
  } else {
    input = flatProjection(unit);
    output = flatProjection(unit, Math.ceil((rows - out.rows) / 2), cols + 1);
  }
  const labelGap = options.labels ? unit * 0.9 : 0;
  const box = extent([...corners(input, rows, cols), ...corners(output, out.rows, out.cols)]);
  // Labels sit above each flat grid, or beside each plane's left corner in perspective.
  const inputLabel: Point =
    kind === 'flat'
      ? [input(0, 0)[0], input(0, 0)[1] - unit * 0.35]
      : [input(0, 0)[0], input(0, 0)[1] + unit * 0.9];
  const outputLabel: Point =
    kind === 'flat'
      ? [output(0, 0)[0], output(0, 0)[1] - unit * 0.35]
      : [output(0, 0)[0], output(0, 0)[1] - unit * 0.6];
  const minX = box.minX - MARGIN;
  const minY =
    Math.min(box.minY, kind === 'flat' ? box.minY - labelGap : outputLabel[1] - labelGap) - MARGIN;
  const maxY = Math.max(box.maxY, kind === 'flat' ? box.maxY : inputLabel[1]) + MARGIN;
  const legendTop = maxY;
  return {
    kind,
    unit,
    input,
    output,
    minX,
    minY,
    width: box.maxX + MARGIN - minX,
    height: legendTop + options.legendHeight - minY,
    inputLabel,
    outputLabel,
    legend: [minX + MARGIN, legendTop],
  };
}
