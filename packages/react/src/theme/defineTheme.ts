import { layerTokens } from './presetLayers';
import { presetOf, type ThemePresetName } from './presets';
import { type ConvTheme, classicTheme, type ThemeOverrides } from './tokens';
import { themeError } from './validateTheme';

/** `base` with the tokens `overrides` gives; an override left `undefined` keeps the base's. */
function merge<T extends object>(base: T, overrides: Partial<T> | undefined): T {
  const merged = { ...base };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function layerOver(base: ConvTheme, layer: ThemeOverrides | ThemePresetName): ConvTheme {
  const tokens = layerTokens(layer);
  const colors = merge(base.colors, tokens.colors);
  // Padding cells show the background: they follow a new one unless set apart.
  if (base.colors.padding === base.colors.background && !tokens.colors?.padding) {
    colors.padding = colors.background;
  }
  const darkColors = darkOver(base, tokens, colors);
  return {
    colors,
    stroke: merge(base.stroke, tokens.stroke),
    font: merge(base.font, tokens.font),
    cellSize: tokens.cellSize ?? base.cellSize,
    ...(darkColors ? { darkColors } : {}),
  };
}

/**
 * An auto theme's dark colours after a layer: the layer's own; none after a whole palette (it
 * replaces both schemes); otherwise the base's, with the layer's colour overrides applied to
 * both schemes (an auto theme with a yellow output is yellow in both).
 */
function darkOver(base: ConvTheme, tokens: ThemeOverrides, colors: ConvTheme['colors']) {
  if (tokens.darkColors) return merge(base.darkColors ?? colors, tokens.darkColors);
  const given = tokens.colors;
  const palette = given && Object.keys(classicTheme.colors).every((token) => token in given);
  if (palette || !base.darkColors) return undefined;
  return merge(base.darkColors, tokens.colors);
}

const isComplete = (layer: ThemeOverrides | ThemePresetName) =>
  themeError(presetOf(layer), true) === null;

/**
 * A theme from layers of presets and overrides, merged left to right over the paper's colours:
 * a later layer wins for the tokens it sets. Presets set their own groups (classic and dark
 * colours, slide sizes and type, high contrast both), so they compose. Padding follows a custom
 * background unless a layer sets it. A preset may be given by name ('dark', 'slide', …). The older `defineTheme(overrides, base)` form, a complete
 * theme after partial overrides, still means the overrides over that base. Throws
 * ConvArithmeticError (param `theme`) for a value that is not a safe CSS colour, length, font
 * list or dash array, or a token that does not exist.
 *
 * @example
 * defineTheme({ colors: { output: '#B58900' } }) // classic, with a yellow output
 * defineTheme(darkTheme, slideTheme, { colors: { output: '#B58900' } }) // dark, slide sizes
 * defineTheme('dark', 'slide') // the same presets by name
 * defineTheme({ font: { labelSize: 30 } }, darkTheme) // the two-argument form: dark, larger labels
 */
export function defineTheme(...layers: (ThemeOverrides | ThemePresetName)[]): ConvTheme {
  for (const layer of layers) {
    const error = themeError(layer);
    if (error) throw error;
  }
  const [first, second] = layers;
  const ordered =
    layers.length === 2 && first && second && isComplete(second) && !isComplete(first)
      ? [second, first]
      : layers;
  return ordered.reduce<ConvTheme>(layerOver, classicTheme);
}
