import type { Diagram } from '@conv-arithmetic/core';
import type { ReactNode } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { computeLayout, type FigureLayout, type LayoutKind } from './layout';
import { type LegendLayout, layoutLegend } from './legendLayout';
import type { Point } from './projection';

/** Something drawn under the picture across its width: the exporters' caption. */
export interface PictureFooter {
  height: number;
  /** Draws it with its top-left at `origin`. */
  draw(origin: Point): ReactNode;
}

/** A footer for the picture's width in px (its text wraps to it). */
export type FooterOf = (width: number) => PictureFooter;

/**
 * The whole picture's layout: the planes, then the legend row under them (when labelled), then
 * the footer (when given). DiagramSvg draws from it; the GIF exporters use it to crop each
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
  footerOf?: FooterOf | undefined,
): {
  layout: FigureLayout;
  legend: LegendLayout | null;
  footer: { part: PictureFooter; origin: Point } | null;
} {
  const base = computeLayout(diagram, kind, unit, {
    labels,
    labelSize: theme.font.labelSize,
    legendHeight: 0,
  });
  const legend = labels ? layoutLegend(diagram, theme, base.width - 28) : null;
  const height = base.height + (legend?.height ?? 0);
  const footer = footerOf?.(base.width - 28) ?? null;
  return {
    layout: { ...base, height: height + (footer?.height ?? 0) },
    legend,
    footer: footer && { part: footer, origin: [base.legend[0], base.minY + height] },
  };
}
