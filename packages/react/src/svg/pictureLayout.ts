import type { Diagram } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';
import { type CaptionLayout, layoutCaption } from './captionLayout';
import { computeLayout, type FigureLayout, type LayoutKind } from './layout';
import { type LegendLayout, layoutLegend } from './legendLayout';
import type { Point } from './projection';

/**
 * The whole picture's layout: the planes, then the legend row under them (when labelled), then
 * the caption (when given). DiagramSvg draws from it; the GIF exporters use it to crop each
 * frame's overlay.
 *
 * @example
 * pictureLayout(convDiagram({ input: 5, kernel: 3 }), 'flat', 20, true, classicTheme).layout.width
 */
export function pictureLayout(
  diagram: Diagram,
  kind: LayoutKind,
  unit: number,
  labels: boolean,
  theme: ConvTheme,
  caption?: string | undefined,
): {
  layout: FigureLayout;
  legend: LegendLayout | null;
  caption: { layout: CaptionLayout; origin: Point } | null;
} {
  const base = computeLayout(diagram, kind, unit, {
    labels,
    labelSize: theme.font.labelSize,
    legendHeight: 0,
  });
  const legend = labels ? layoutLegend(diagram, theme, base.width - 28) : null;
  const height = base.height + (legend?.height ?? 0);
  const text = caption ? layoutCaption(caption, theme, base.width - 28) : null;
  return {
    layout: { ...base, height: height + (text?.height ?? 0) },
    legend,
    caption: text && { layout: text, origin: [base.legend[0], base.minY + height] },
  };
}
