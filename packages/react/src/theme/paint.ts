import { COLOUR_TOKENS, kebab } from './sheet';
import type { ConvTheme } from './tokens';

const painted = new WeakMap<ConvTheme, ConvTheme>();

/**
 * The theme the SVG parts draw with: itself, or for an auto theme (one with `darkColors`) each
 * colour as `var(--ca-<token>, <light colour>)`, which the figure's `ca-auto` rules switch with
 * the page's scheme. Kept per theme, so memoised planes keep their inputs' identity.
 *
 * @example
 * paintOf(autoTheme).colors.input // 'var(--ca-input, #268BD2)'
 */
export function paintOf(theme: ConvTheme): ConvTheme {
  if (!theme.darkColors) return theme;
  let paint = painted.get(theme);
  if (!paint) {
    const colors: Record<string, string | number> = { ...theme.colors };
    for (const token of COLOUR_TOKENS) {
      colors[token] = `var(--ca-${kebab(token)}, ${theme.colors[token]})`;
    }
    paint = { ...theme, colors: colors as ConvTheme['colors'], darkColors: undefined };
    painted.set(theme, paint);
  }
  return paint;
}

/**
 * The theme as one scheme shows it, in real colours and without `darkColors`: what files are
 * drawn with, so an exported SVG never depends on a page's CSS.
 *
 * @example
 * schemeTheme(autoTheme, 'dark').colors.background // '#002B36'
 */
export function schemeTheme(theme: ConvTheme, scheme: 'light' | 'dark' = 'light'): ConvTheme {
  if (!theme.darkColors) return theme;
  const { darkColors, ...rest } = theme;
  return { ...rest, colors: scheme === 'dark' ? darkColors : theme.colors };
}
