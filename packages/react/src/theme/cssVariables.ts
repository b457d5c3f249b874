import type { CSSProperties } from 'react';
import type { ConvTheme } from './tokens';

/**
 * The tokens the HTML parts (controls, caption, error box) use, as CSS custom properties set
 * inline on their root. Their styled-components CSS is then static: styled-components builds
 * it once instead of on every frame, and one diagram's theme never leaks into another's.
 */
export function themeVariables(theme: ConvTheme): CSSProperties {
  const { colors, font } = theme;
  return {
    '--ca-background': colors.background,
    '--ca-text': colors.text,
    '--ca-focus': colors.focus,
    '--ca-accent': colors.output,
    '--ca-control-background': colors.controlBackground,
    '--ca-control-text': colors.controlText,
    '--ca-control-border': colors.controlBorder,
    '--ca-error-background': colors.errorBackground,
    '--ca-error-text': colors.errorText,
    '--ca-error-border': colors.errorBorder,
    '--ca-font': font.family,
    '--ca-control-size': `${font.controlSize}px`,
  } as CSSProperties;
}
