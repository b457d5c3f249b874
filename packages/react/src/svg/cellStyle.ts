import type { DrawnCell } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';

/** Presentation attributes of a drawn input-plane cell, by what it holds. */
export interface CellPaint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

export function inputCellPaint(kind: DrawnCell['kind'], theme: ConvTheme): CellPaint {
  const { colors, stroke } = theme;
  if (kind === 'input')
    return { fill: colors.input, stroke: colors.grid, strokeWidth: stroke.thick };
  if (kind === 'padding') {
    return {
      fill: colors.padding,
      stroke: colors.grid,
      strokeWidth: stroke.thick,
      strokeDasharray: stroke.paddingDash,
    };
  }
  return {
    fill: colors.inserted,
    stroke: colors.grid,
    strokeWidth: stroke.thin,
    strokeDasharray: stroke.insertedDash,
  };
}

export function outputCellPaint(theme: ConvTheme): CellPaint {
  return { fill: theme.colors.output, stroke: theme.colors.grid, strokeWidth: theme.stroke.thick };
}

/** Numbers as the paper prints them: integers plain, others to one decimal. */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
