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

/** Numbers as the paper prints them: integers plain, others to one decimal; −∞ as the sign. */
export function formatValue(value: number): string {
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Output cells as the paper prints them: always one decimal ("12.0"); −∞ as the sign. */
export const formatOutput = (value: number): string =>
  value === Number.NEGATIVE_INFINITY ? '−∞' : value.toFixed(1);
