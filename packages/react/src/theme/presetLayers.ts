import { presetOf, type ThemePresetName } from './presets';
import {
  autoTheme,
  type ConvTheme,
  classicTheme,
  darkTheme,
  highContrastTheme,
  slideTheme,
  type ThemeOverrides,
} from './tokens';

const { stroke, font, cellSize } = slideTheme;

/**
 * What each preset sets when it is layered over others: the palettes (classic, dark, auto)
 * set colours, the slide preset sets sizes, strokes and type (and a stronger shade for projectors),
 * high contrast sets both. So `defineTheme(darkTheme, slideTheme)` is dark colours at slide
 * sizes. Over the classic theme each gives the preset itself. Keyed by identity: a copy of a
 * preset is just a complete theme and sets every token.
 */
const PRESET_LAYERS = new WeakMap<ConvTheme, ThemeOverrides>([
  [classicTheme, { colors: classicTheme.colors }],
  [darkTheme, { colors: darkTheme.colors }],
  [autoTheme, { colors: autoTheme.colors, darkColors: autoTheme.darkColors }],
  [highContrastTheme, highContrastTheme],
  [
    slideTheme,
    { colors: { shadeOpacity: slideTheme.colors.shadeOpacity }, stroke, font, cellSize },
  ],
]);

/** The tokens a layer sets: a preset's own groups (by value or name), or an override's tokens. */
export function layerTokens(layer: ThemeOverrides | ThemePresetName): ThemeOverrides {
  const tokens = presetOf(layer);
  return PRESET_LAYERS.get(tokens as ConvTheme) ?? tokens;
}
