import type { Diagram } from '@conv-arithmetic/core';
import { memo, useId } from 'react';
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

/**
 * What moves from frame to frame, and only that: the kernel window (shaded taps under a solid
 * grid over its whole extent), its weights, the current output cell, and the four connectors,
 * hidden where they pass under the output sheet; with progressive reveal, the output cells
 * computed so far.
 */
export const FrameOverlay = memo(function FrameOverlay(props: FrameOverlayProps) {
  const { diagram, frame, layout, theme, numbers } = props;
  const reveal = props.progressive ? revealParts(props) : null;
  const { colors, stroke } = theme;
  const current = diagram.frame(frame);
  const box = diagram.window(frame);
  const [outRow, outCol] = current.output;

  const windowGrid = [];
  for (let r = 0; r < box.rows; r++) {
    for (let c = 0; c < box.cols; c++) {
      const row = box.row + r;
      const col = box.col + c;
      if (row >= diagram.input.rows || col >= diagram.input.cols) continue;
      windowGrid.push(<polygon key={`${r},${c}`} points={cellPoints(layout.input, row, col)} />);
    }
  }

  const [down, across] = NUMBER_PLACES.weight;
  const line = (from: Point, to: Point, key: string) => (
    <line key={key} x1={round(from[0])} y1={round(from[1])} x2={round(to[0])} y2={round(to[1])} />
  );
  // The paper draws the connectors before the output sheet: they show only outside it.
  const clip = `ca-sheet-${useId().replace(/[^\w-]/g, '')}`;
  const { minX, minY, width, height } = layout;
  const outside = `M${round(minX)},${round(minY)}h${round(width)}v${round(height)}h${round(-width)}ZM${cellPoints(layout.output, 0, 0, diagram.output.rows, diagram.output.cols)}Z`;

  return (
    <g data-layer="frame" pointerEvents="none">
      {reveal?.pending}
      <g fill={colors.shade} fillOpacity={colors.shadeOpacity} data-part="taps">
        {current.taps.map((tap) => (
          <polygon
            key={tap.drawn.join()}
            points={cellPoints(layout.input, tap.drawn[0], tap.drawn[1])}
          />
        ))}
      </g>
      <g
        fill="none"
        stroke={colors.grid}
        strokeWidth={stroke.thick}
        strokeLinejoin="round"
        data-part="window"
      >
        {windowGrid}
      </g>
      {numbers && diagram.kind !== 'pool' && (
        <g
          fontFamily={theme.font.family}
          fontSize={round(numberSizes(layout.unit, numbers).weight)}
          data-part="weights"
        >
          {current.taps.map((tap) => {
            const [x, y] = layout.input(tap.drawn[0] + down, tap.drawn[1] + across);
            const weight = numbers.kernel[tap.kernel[0]]?.[tap.kernel[1]] ?? 0;
            return (
              <text
                key={tap.drawn.join()}
                x={round(x)}
                y={round(y)}
                textAnchor="end"
                fontWeight={700}
              >
                {formatValue(weight)}
              </text>
            );
          })}
        </g>
      )}
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
          stroke={colors.connector}
          strokeWidth={stroke.connector}
          clipPath={`url(#${clip})`}
          data-part="connectors"
        >
          {line(layout.input(box.row, box.col), layout.output(outRow, outCol), 'tl')}
          {line(layout.input(box.row, box.col + box.cols), layout.output(outRow, outCol + 1), 'tr')}
          {line(
            layout.input(box.row + box.rows, box.col + box.cols),
            layout.output(outRow + 1, outCol + 1),
            'br',
          )}
          {line(layout.input(box.row + box.rows, box.col), layout.output(outRow + 1, outCol), 'bl')}
        </g>
      )}
      {reveal?.values}
    </g>
  );
});
