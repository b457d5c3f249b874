import type { Diagram } from '@conv-arithmetic/core';
import type { ConvTheme } from '../theme/tokens';

export type LegendKey = 'input' | 'padding' | 'inserted' | 'output' | 'window';

export interface LegendItem {
  key: LegendKey;
  label: string;
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  height: number;
  swatch: number;
  fontSize: number;
}

const LABELS: Record<LegendKey, string> = {
  input: 'input',
  padding: 'padding (0)',
  inserted: 'inserted zero',
  output: 'output',
  window: 'kernel window',
};

/** A pooling has no kernel, and its padding holds −∞ or 0 by mode: the cells print which. */
const POOL_LABELS: Partial<Record<LegendKey, string>> = {
  padding: 'padding',
  window: 'pooling window',
};

/** The legend keys this diagram needs: padding and inserted zeros only where drawn. */
export function legendKeys(diagram: Diagram): LegendKey[] {
  const { top, right, bottom, left } = diagram.padding;
  const keys: LegendKey[] = ['input'];
  if (top + right + bottom + left > 0) keys.push('padding');
  if (diagram.spacing[0] > 1 || diagram.spacing[1] > 1) keys.push('inserted');
  keys.push('output', 'window');
  return keys;
}

/** Lays the legend out in rows that fit `width`; text widths are estimated (no DOM to measure). */
export function layoutLegend(diagram: Diagram, theme: ConvTheme, width: number): LegendLayout {
  const fontSize = Math.max(10, Math.round(theme.font.labelSize * 0.85));
  const swatch = fontSize;
  const gap = fontSize * 1.1;
  const rowHeight = fontSize * 1.7;
  const items: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const key of legendKeys(diagram)) {
    const fill = key === 'padding' && diagram.paddingMode !== 'zeros';
    // Padding of reflect, replicate or circular holds copies, not zeros: the legend says which.
    const label =
      (diagram.kind === 'pool' && POOL_LABELS[key]) ||
      (fill ? `padding (${diagram.paddingMode})` : LABELS[key]);
    const itemWidth = swatch + fontSize * 0.4 + label.length * fontSize * 0.58;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    items.push({ key, label, x, y });
    x += itemWidth + gap;
  }
  return { items, height: y + rowHeight, swatch, fontSize };
}
