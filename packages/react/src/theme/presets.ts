import {
  autoTheme,
  type ConvTheme,
  classicTheme,
  darkTheme,
  highContrastTheme,
  slideTheme,
} from './tokens';

/** The presets by the names the `theme` props take. */
const PRESETS = {
  classic: classicTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  slide: slideTheme,
  auto: autoTheme,
} as const satisfies Record<string, ConvTheme>;

/**
 * A preset's name: `theme="dark"` is `theme={darkTheme}`.
 *
 * @example
 * const name: ThemePresetName = 'high-contrast'
 */
export type ThemePresetName = keyof typeof PRESETS;

/** The names, in the order messages list them. */
export const PRESET_NAMES = Object.keys(PRESETS) as readonly ThemePresetName[];

/** Whether a value is one of the preset names. */
export const isPresetName = (value: unknown): value is ThemePresetName =>
  typeof value === 'string' && Object.hasOwn(PRESETS, value);

/**
 * The preset a name stands for; anything else is returned as it is.
 *
 * @example
 * presetOf('dark') === darkTheme // true
 */
export function presetOf<T>(value: T | ThemePresetName): T | ConvTheme {
  return isPresetName(value) ? PRESETS[value] : value;
}
