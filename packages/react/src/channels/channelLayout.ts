import type { Diagram } from '@conv-arithmetic/core';
import { flatProjection, type Point, type Projection } from '../svg/projection';

/** Where a multi-channel figure puts its maps, in SVG pixels; the viewBox starts at (minX, minY). */
export interface ChannelLayout {
  unit: number;
  /** One flat projection per input map, top to bottom: the input stack. */
  inputs: Projection[];
  /** One flat projection per output map, top to bottom, beside the inputs. */
  outputs: Projection[];
  /** Text anchors above each map (their names). */
  inputLabels: Point[];
  outputLabels: Point[];
  /** Text anchors right of each input map, where its partial sum is printed. */
  partials: Point[];
  minX: number;
  minY: number;
  width: number;
  height: number;
  /** Top-left of the legend row. */
  legend: Point;
}

const MARGIN = 14;
/** Cells between two maps of a stack. */
const GAP = 0.6;
/** Cells right of the input stack kept for the partial sums ("→ 12.0"). */
const PARTIAL_WIDTH = 3.6;

/**
 * The input maps as a column (the stack the kernel slices walk down), each output map in a column
 * to their right, centred on the inputs' height; names above each map, and with numbers a lane
 * right of each input map for the partial sum it adds.
 *
 * @example
 * channelLayout(diagram, 20, { labels: true, labelSize: 14, numbers: true, longestName: 8 }).inputs.length // C_in
 */
export function channelLayout(
  diagram: Diagram,
  unit: number,
  options: { labels: boolean; labelSize: number; numbers: boolean; longestName: number },
): ChannelLayout {
  const { rows, cols } = diagram.input;
  const out = diagram.output;
  const label = options.labels ? (options.labelSize * 1.5) / unit : 0;
  const inputsHeight = diagram.inChannels * (rows + label + GAP) - GAP;
  const outputsHeight = diagram.outChannels * (out.rows + label + GAP) - GAP;
  const offset = Math.max(0, (inputsHeight - outputsHeight) / 2);
  const inputTop = Math.max(0, (outputsHeight - inputsHeight) / 2);
  const outputLeft = cols + (options.numbers ? PARTIAL_WIDTH : 1.5) + 0.5;

  const inputs = Array.from({ length: diagram.inChannels }, (_, i) =>
    flatProjection(unit, inputTop + i * (rows + label + GAP) + label, 0),
  );
  const outputs = Array.from({ length: diagram.outChannels }, (_, o) =>
    flatProjection(unit, offset + o * (out.rows + label + GAP) + label, outputLeft),
  );
  const above = (p: Projection): Point => [p(0, 0)[0], p(0, 0)[1] - options.labelSize * 0.45];
  // Names are estimated at 0.62 em a letter (no DOM to measure): "output 12 · group 3".
  const nameWidth = options.labels ? (options.labelSize * 0.62 * options.longestName) / unit : 0;
  const width = (outputLeft + Math.max(out.cols, nameWidth)) * unit;
  const height = Math.max(inputsHeight, outputsHeight) * unit;
  const minX = -MARGIN;
  const minY = -MARGIN;
  return {
    unit,
    inputs,
    outputs,
    inputLabels: inputs.map(above),
    outputLabels: outputs.map(above),
    partials: inputs.map((p) => p(rows / 2, cols + 0.3)),
    minX,
    minY,
    width: width + 2 * MARGIN,
    height: height + 2 * MARGIN,
    legend: [0, height + MARGIN],
  };
}
