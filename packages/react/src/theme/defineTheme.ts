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

/**
 * A theme from overrides over a base (default: the paper's colours); change one colour without
 * restating the rest. Throws ConvArithmeticError (param `theme`) for a value that is not a safe
 * CSS colour, length, font list or dash array, or a token that does not exist.
 *
 * @example
 * defineTheme({ colors: { output: '#B58900' } }) // classic, with a yellow output
 * defineTheme({ font: { labelSize: 30 } }, darkTheme)
 */
export function defineTheme(
  overrides: ThemeOverrides = {},
  base: ConvTheme = classicTheme,
): ConvTheme {
  const error = themeError(overrides) ?? themeError(base, true);
  if (error) throw error;
  return {
    colors: merge(base.colors, overrides.colors),
    stroke: merge(base.stroke, overrides.stroke),
    font: merge(base.font, overrides.font),
    cellSize: overrides.cellSize ?? base.cellSize,
  };
}
