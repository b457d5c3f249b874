import type { ConvTheme } from '../theme/tokens';
import type { CaptionLayout } from './captionLayout';
import type { Point } from './projection';
import { round } from './projection';

/** The caption inside the picture (for exported files; the components use a figcaption). */
export function Caption({
  caption,
  origin,
  theme,
}: {
  caption: CaptionLayout;
  origin: Point;
  theme: ConvTheme;
}) {
  const { fontSize, lineHeight, lines } = caption;
  return (
    <g
      data-layer="caption"
      fontFamily={theme.font.family}
      fontSize={fontSize}
      fill={theme.colors.text}
      pointerEvents="none"
    >
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are identified by position
        <text key={i} x={round(origin[0])} y={round(origin[1] + (i + 0.8) * lineHeight)}>
          {line}
        </text>
      ))}
    </g>
  );
}
