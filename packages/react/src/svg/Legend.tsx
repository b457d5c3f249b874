import { memo } from 'react';
import type { ConvTheme } from '../theme/tokens';
import { inputCellPaint, outputCellPaint } from './cellStyle';
import type { LegendKey, LegendLayout } from './legendLayout';
import type { Point } from './projection';
import { round } from './projection';

function swatchPaint(key: LegendKey, theme: ConvTheme) {
  if (key === 'output') return outputCellPaint(theme);
  if (key === 'window') {
    return {
      fill: theme.colors.shade,
      fillOpacity: theme.colors.shadeOpacity,
      stroke: theme.colors.grid,
      strokeWidth: theme.stroke.thin,
    };
  }
  return inputCellPaint(key, theme);
}

/**
 * Swatches naming what each colour means (the original's most repeated complaint). Memoised:
 * a picture that re-renders on a step (a synchronised view's) leaves it alone.
 */
export const Legend = memo(function Legend({
  legend,
  origin,
  theme,
}: {
  legend: LegendLayout;
  origin: Point;
  theme: ConvTheme;
}) {
  const { swatch, fontSize } = legend;
  return (
    <g
      data-layer="legend"
      pointerEvents="none"
      fontFamily={theme.font.family}
      fontSize={fontSize}
      fill={theme.colors.text}
    >
      {legend.items.map((item) => {
        const x = origin[0] + item.x;
        const y = origin[1] + item.y;
        const { strokeDasharray, ...paint } = swatchPaint(item.key, theme) as ReturnType<
          typeof inputCellPaint
        > & { fillOpacity?: number };
        return (
          <g key={item.key} data-legend={item.key}>
            <rect
              x={round(x)}
              y={round(y)}
              width={swatch}
              height={swatch}
              {...paint}
              strokeDasharray={strokeDasharray}
            />
            <text x={round(x + swatch * 1.4)} y={round(y + swatch / 2)} dominantBaseline="central">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
