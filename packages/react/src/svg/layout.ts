import type { Diagram } from '@conv-arithmetic/core';
import { flatProjection, obliqueProjection, type Point, type Projection } from './projection';
import { stripLayout } from './stripLayout';

/**
 * `perspective`: the paper's picture; `flat`: grids side by side; `1d`: a one-row input as a flat
 * strip with the output strip above it.
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
 * side, the output vertically centred, as in the paper's numerical figures.
 */
export function computeLayout(
  diagram: Diagram,
  kind: LayoutKind,
  unit: number,
  options: { labels: boolean; labelSize: number; legendHeight: number },
): FigureLayout {
  if (kind === '1d') return stripLayout(diagram, unit, options);
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
