import type { CSSProperties } from 'react';
import { COLOUR_TOKENS, kebab } from './sheet';
import type { ConvTheme } from './tokens';

type Colours = ConvTheme['colors'];

const colourVariables = (colors: Colours, prefix: string) =>
  Object.fromEntries(
    COLOUR_TOKENS.map((token) => [`--ca-${prefix}${kebab(token)}`, colors[token]]),
  );

/**
 * The tokens the HTML parts (controls, caption, error box) and an auto theme's picture use, as
 * CSS custom properties set inline on their root: `--ca-<token>` for each colour. An auto theme
 * (one with `darkColors`) sets both sets instead, `--ca-light-…` and `--ca-dark-…`, and the
 * stylesheet's `ca-auto` rules pick one, so the page's scheme switches it with no re-render.
 * The styled CSS is then static, and one diagram's theme never leaks into another's.
 *
 * @example
 * themeVariables(classicTheme)['--ca-background'] // '#FFFFFF'
 */
export function themeVariables(theme: ConvTheme): CSSProperties {
  const { colors, darkColors, font } = theme;
  const colours = darkColors
    ? { ...colourVariables(colors, 'light-'), ...colourVariables(darkColors, 'dark-') }
    : colourVariables(colors, '');
  return {
    ...colours,
    '--ca-font': font.family,
    '--ca-control-size': `${font.controlSize}px`,
  } as CSSProperties;
}

/**
 * The classes of a themed root: its part's (`ca-figure`, `ca-bar`, `ca-error`), `ca-auto` for an
 * auto theme (see themeVariables), then the host's.
 *
 * @example
 * rootClass('ca-figure', autoTheme, 'wide') // 'ca-figure ca-auto wide'
 */
export const rootClass = (part: string, theme: ConvTheme, host?: string) =>
  `${part}${theme.darkColors ? ' ca-auto' : ''}${host ? ` ${host}` : ''}`;
