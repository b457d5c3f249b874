import type { Diagram } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';
import type { FigureLayout } from './layout';
import { cellPoints } from './projection';

/** A hovered cell: an output cell (its receptive field lights up) or an input-plane cell. */
export type HoverTarget =
  | { plane: 'output'; row: number; col: number }
  | { plane: 'input'; row: number; col: number };

interface HighlightProps {
  diagram: Diagram;
  layout: FigureLayout;
  theme: ConvTheme;
  target: HoverTarget;
}

/**
 * Hovering an output cell outlines every input cell it reads; hovering an input cell outlines it
 * and every output cell it feeds.
 */
export function Highlight({ diagram, layout, theme, target }: HighlightProps) {
  // Keyed by place in the list: when the target moves (a synchronised view's step), each
  // outline's points change in place rather than outlines being removed and made anew.
  const outline = (points: string, part: string) => (
    <polygon key={`${part}${shapes.length}`} points={points} data-part={part} />
  );
  const shapes: React.ReactElement[] = [];
  if (target.plane === 'output') {
    const frame = diagram.frame(diagram.frameAt(target.row, target.col));
    shapes.push(outline(cellPoints(layout.output, target.row, target.col), 'hovered-output'));
    for (const tap of frame.taps) {
      shapes.push(outline(cellPoints(layout.input, tap.drawn[0], tap.drawn[1]), 'receptive-field'));
    }
  } else {
    shapes.push(outline(cellPoints(layout.input, target.row, target.col), 'hovered-input'));
    for (const index of diagram.framesReading(target.row, target.col)) {
      const [row, col] = diagram.frame(index).output;
      shapes.push(outline(cellPoints(layout.output, row, col), 'fed-output'));
    }
  }
  return (
    <g
      data-layer="highlight"
      fill={theme.colors.highlight}
      fillOpacity={0.25}
      stroke={theme.colors.highlight}
      strokeWidth={theme.stroke.thick * 1.6}
      strokeLinejoin="round"
      pointerEvents="none"
    >
      {shapes}
    </g>
  );
}
