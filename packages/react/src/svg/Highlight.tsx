import type { Diagram } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';
import { useStableSubtree } from '../useStableSubtree';
import { frameOutput } from './frameOutput';
import type { FigureLayout } from './layout';
import { cellPoints, type Projection, round } from './projection';

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
 *
 * The outlines sit in a group translated to the target's corner, their points relative to it and
 * each keyed by its offset from the target (both planes share the projection's slant, so a move
 * of the target moves every outline alike): when the target moves one cell (a synchronised
 * view's step) the group's transform changes and the outlines stay as they are. Points are
 * differences of rounded positions, so each corner lands where it would on its own.
 */
export function Highlight({ diagram, layout, theme, target }: HighlightProps) {
  const [x, y] = layout.input(target.row, target.col).map(round) as [number, number];
  const outlines: { key: string; points: string; part: string }[] = [];
  const drawn: string[] = []; // each outline's key and points, for useStableSubtree
  const outline = (project: Projection, row: number, col: number, part: string) => {
    const key = `${part}${row - target.row},${col - target.col}`;
    const points = cellPoints(project, row, col, 1, 1, [x, y]);
    outlines.push({ key, points, part });
    drawn.push(key, points);
  };
  if (target.plane === 'output') {
    const frame = diagram.frame(diagram.frameAt(target.row, target.col));
    outline(layout.output, target.row, target.col, 'hovered-output');
    for (const tap of frame.taps) {
      outline(layout.input, tap.drawn[0], tap.drawn[1], 'receptive-field');
    }
  } else {
    outline(layout.input, target.row, target.col, 'hovered-input');
    for (const index of diagram.framesReading(target.row, target.col)) {
      const [row, col] = frameOutput(diagram, index);
      outline(layout.output, row, col, 'fed-output');
    }
  }
  // Moved one cell, the outlines are the same: React skips them.
  const shapes = useStableSubtree(drawn, [], () =>
    outlines.map((o) => <polygon key={o.key} points={o.points} data-part={o.part} />),
  );
  return (
    <g
      data-layer="highlight"
      transform={`translate(${x} ${y})`}
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
