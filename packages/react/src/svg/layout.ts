import type { Diagram } from '@conv-arithmetic/core';
import { flatProjection, obliqueProjection, type Point, type Projection } from './projection';

/**
 * `perspective`: the paper's picture; `flat`: grids side by side; `1d`: flat, the output above
 * the input (a one-row input's strip, the default for one).
 */
export type LayoutKind = 'perspective' | 'flat' | '1d';

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
 * side, the output vertically centred, as in the paper's numerical figures; `1d` lays a one-row
 * input flat with the output strip above it, labels to their left.
 */
export function computeLayout(
  diagram: Diagram,
  kind: LayoutKind,
  unit: number,
  options: { labels: boolean; labelSize: number; legendHeight: number },
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
  } else if (kind === 'flat') {
    input = flatProjection(unit);
    output = flatProjection(unit, Math.ceil((rows - out.rows) / 2), cols + 1);
  } else {
    // 1-D: the output strip above the input strip, each output cell over the window computing
    // it: over its last tap when all the padding is before (causal: output t over input t),
    // else centred on the window.
    const { left, right } = diagram.padding;
    const reach = diagram.dilation[1] * (diagram.kernel.cols - 1);
    input = flatProjection(unit, out.rows + 1.6);
    output = flatProjection(unit, 0, left + right ? (reach * left) / (left + right) : reach / 2);
  }
  const box = extent([...corners(input, rows, cols), ...corners(output, out.rows, out.cols)]);
  const labelSize = options.labelSize;
  let inputLabel: Point;
  let outputLabel: Point;
  if (kind === 'flat') {
    // Above each grid.
    inputLabel = [input(0, 0)[0], input(0, 0)[1] - labelSize * 0.5];
    outputLabel = [output(0, 0)[0], output(0, 0)[1] - labelSize * 0.5];
  } else {
    // Left of each plane's left corner (its top-left cell), where the picture is empty.
    const gap = labelSize * 0.5;
    inputLabel = [input(0, 0)[0] - gap, input(0, 0)[1] + labelSize * 0.35];
    outputLabel = [output(0, 0)[0] - gap, output(0, 0)[1] + labelSize * 0.35];
  }
  // Text cannot be measured without a DOM: estimate "output" at 0.62 em per letter.
  const labelWidth = labelSize * 0.62 * 'output'.length;
  const left = kind === 'flat' ? 0 : labelWidth;
  const labelled = options.labels
    ? extent([
        [box.minX, box.minY],
        [box.maxX, box.maxY],
        [inputLabel[0] - left, inputLabel[1] - labelSize],
        [inputLabel[0] - left, inputLabel[1] + labelSize * 0.3],
        [outputLabel[0] - left, outputLabel[1] - labelSize],
      ])
    : box;
  const minX = labelled.minX - MARGIN;
  const minY = labelled.minY - MARGIN;
  const legendTop = labelled.maxY + MARGIN;
  return {
    kind,
    unit,
    input,
    output,
    minX,
    minY,
    width: labelled.maxX + MARGIN - minX,
    height: legendTop + options.legendHeight - minY,
    inputLabel,
    outputLabel,
    legend: [minX + MARGIN, legendTop],
  };
}
