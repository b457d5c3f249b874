import type { Diagram, Frame, WindowBox } from '@conv-arithmetic/core';
import { memo, useId, useMemo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { formatOutput, formatValue } from './cellStyle';
import type { FigureLayout } from './layout';
import { NUMBER_PLACES, numberSizes } from './numberSizes';
import { cellPoints, type Point, round } from './projection';
import type { DiagramNumbers } from './values';

interface FrameOverlayProps {
  diagram: Diagram;
  frame: number;
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers | null;
  /** Output cells not yet computed drawn empty; computed ones numbered here, not statically. */
  progressive?: boolean | undefined;
}

/**
 * Progressive reveal: output cells after `frame` covered as empty (background, thin outline),
 * and the computed ones' values (which then change from frame to frame, so they live here).
 */
function revealParts({ diagram, frame, layout, theme, numbers }: FrameOverlayProps) {
  const { colors, stroke } = theme;
  const pending = [];
  const values = [];
  for (let index = 0; index < diagram.frameCount; index++) {
    const row = Math.floor(index / diagram.output.cols);
    const col = index % diagram.output.cols;
    if (index > frame) {
      pending.push(<polygon key={index} points={cellPoints(layout.output, row, col)} />);
    } else if (numbers) {
      const [x, y] = layout.output(row + 0.5, col + 0.5);
      const value = numbers.output[row]?.[col] ?? 0;
      values.push(
        <text key={index} x={round(x)} y={round(y)}>
          {formatOutput(value)}
        </text>,
      );
    }
  }
  return {
    pending: (
      <g
        fill={colors.background}
        stroke={colors.grid}
        strokeWidth={stroke.thin}
        strokeLinejoin="round"
        data-part="pending"
      >
        {pending}
      </g>
    ),
    // Over the current cell's shade, as the static values are.
    values: (
      <g
        fontFamily={theme.font.family}
        fontSize={round(layout.unit * 0.32)}
        fill={colors.valueText}
        textAnchor="middle"
        dominantBaseline="central"
        data-part="revealed"
      >
        {values}
      </g>
    ),
  };
}

/** The kernel window at a frame, relative to its top-left cell: what it draws, not where. */
interface WindowShape {
  /** A string naming the shape: frames with equal keys draw the same window, moved. */
  key: string;
  /** Taps: drawn cell relative to the window's corner, and the kernel weight read there. */
  taps: { at: readonly [number, number]; kernel: readonly [number, number] }[];
  /** The window's extent inside the input plane (a ceil-mode pooling's last one is cut). */
  rows: number;
  cols: number;
}

function windowShape(
  diagram: Diagram,
  current: Frame,
  box: WindowBox,
): { shape: WindowShape; anchor: Point } {
  const rows = Math.min(box.rows, diagram.input.rows - box.row);
  const cols = Math.min(box.cols, diagram.input.cols - box.col);
  // The key is built in one pass (a step builds it for every frame): offsets and weights.
  let key = `${rows}x${cols}|`;
  const taps = current.taps.map((tap) => {
    const at = [tap.drawn[0] - box.row, tap.drawn[1] - box.col] as const;
    key += `${at[0]},${at[1]}:${tap.kernel[0]},${tap.kernel[1]};`;
    return { at, kernel: tap.kernel };
  });
  return { shape: { key, taps, rows, cols }, anchor: [box.row, box.col] };
}

interface WindowProps {
  shape: WindowShape;
  layout: FigureLayout;
  theme: ConvTheme;
  numbers: DiagramNumbers | null;
  pool: boolean;
}

/**
 * The kernel window drawn with its top-left cell at the grid's origin: shaded taps, the solid
 * grid over its whole extent and the weights. The overlay moves it with a translation, so a step
 * that keeps the window's shape touches one attribute and re-renders none of this.
 */
function KernelWindow({ shape, layout, theme, numbers, pool }: WindowProps) {
  const { colors, stroke } = theme;
  const [down, across] = NUMBER_PLACES.weight;
  return (
    <>
      <g fill={colors.shade} fillOpacity={colors.shadeOpacity} data-part="taps">
        {shape.taps.map((tap) => (
          <polygon key={tap.at.join()} points={cellPoints(layout.input, tap.at[0], tap.at[1])} />
        ))}
      </g>
      <g
        fill="none"
        stroke={colors.grid}
        strokeWidth={stroke.thick}
        strokeLinejoin="round"
        data-part="window"
      >
        {Array.from({ length: shape.rows * shape.cols }, (_, i) => (
          <polygon
            // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by position
            key={i}
            points={cellPoints(layout.input, Math.floor(i / shape.cols), i % shape.cols)}
          />
        ))}
      </g>
      {numbers && !pool && (
        <g
          fontFamily={theme.font.family}
          fontSize={round(numberSizes(layout.unit, numbers).weight)}
          data-part="weights"
        >
          {shape.taps.map((tap) => {
            const [x, y] = layout.input(tap.at[0] + down, tap.at[1] + across);
            const weight = numbers.kernel[tap.kernel[0]]?.[tap.kernel[1]] ?? 0;
            return (
              <text key={tap.at.join()} x={round(x)} y={round(y)} textAnchor="end" fontWeight={700}>
                {formatValue(weight)}
              </text>
            );
          })}
        </g>
      )}
    </>
  );
}

/** "M x1,y1 L x2,y2" for each connector: one attribute however far the window moves. */
const connectorPath = (lines: readonly (readonly [Point, Point])[]) =>
  lines
    .map(([from, to]) => `M${round(from[0])},${round(from[1])}L${round(to[0])},${round(to[1])}`)
    .join('');

/**
 * What moves from frame to frame, and only that: the kernel window (shaded taps under a solid
 * grid over its whole extent), its weights, the current output cell, and the four connectors,
 * hidden where they pass under the output sheet; with progressive reveal, the output cells
 * computed so far. A step moves the window by one `transform`, redraws the current cell's
 * outline and the connectors' one path: a handful of attributes, whatever the grid's size.
 */
export const FrameOverlay = memo(function FrameOverlay(props: FrameOverlayProps) {
  const { diagram, frame, layout, theme, numbers } = props;
  const reveal = props.progressive ? revealParts(props) : null;
  const { colors, stroke } = theme;
  const current = diagram.frame(frame);
  const box = diagram.window(frame);
  const [outRow, outCol] = current.output;
  const { shape, anchor } = windowShape(diagram, current, box);
  const origin = layout.input(0, 0);
  const corner = layout.input(anchor[0], anchor[1]);
  const pool = diagram.kind === 'pool';
  // The shape's key stands for its content: a step to an equal shape re-renders none of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: shape.key stands for shape
  const kernelWindow = useMemo(
    () => (
      <KernelWindow shape={shape} layout={layout} theme={theme} numbers={numbers} pool={pool} />
    ),
    [shape.key, layout, theme, numbers, pool],
  );
  const shift = `translate(${round(corner[0] - origin[0])},${round(corner[1] - origin[1])})`;

  // The paper draws the connectors before the output sheet: they show only outside it.
  const clip = `ca-sheet-${useId().replace(/[^\w-]/g, '')}`;
  const { rows: outRows, cols: outCols } = diagram.output;
  const outside = useMemo(() => {
    const { minX, minY, width, height } = layout;
    return `M${round(minX)},${round(minY)}h${round(width)}v${round(height)}h${round(-width)}ZM${cellPoints(layout.output, 0, 0, outRows, outCols)}Z`;
  }, [layout, outRows, outCols]);

  return (
    <g data-layer="frame" pointerEvents="none">
      {reveal?.pending}
      <g transform={shift} data-part="kernel-window">
        {kernelWindow}
      </g>
      <polygon
        points={cellPoints(layout.output, outRow, outCol)}
        fill={colors.shade}
        fillOpacity={colors.shadeOpacity}
        stroke={colors.grid}
        strokeWidth={stroke.thick * 1.5}
        strokeLinejoin="round"
        data-part="current-output"
        data-row={outRow}
        data-col={outCol}
      />
      {layout.kind !== 'flat' && (
        <clipPath id={clip}>
          <path d={outside} clipRule="evenodd" />
        </clipPath>
      )}
      {layout.kind !== 'flat' && (
        <g
          fill="none"
          stroke={colors.connector}
          strokeWidth={stroke.connector}
          clipPath={`url(#${clip})`}
          data-part="connectors"
        >
          <path
            d={connectorPath([
              [layout.input(box.row, box.col), layout.output(outRow, outCol)],
              [layout.input(box.row, box.col + box.cols), layout.output(outRow, outCol + 1)],
              [
                layout.input(box.row + box.rows, box.col + box.cols),
                layout.output(outRow + 1, outCol + 1),
              ],
              [layout.input(box.row + box.rows, box.col), layout.output(outRow + 1, outCol)],
            ])}
          />
        </g>
      )}
      {reveal?.values}
    </g>
  );
});
