import { ConvArithmeticError, type Matrix, type PaddingFill } from '@conv-arithmetic/core';
import {
  type ConvTheme,
  classicTheme,
  createFigureModel,
  darkTheme,
  defineTheme,
  type FigureModel,
  type FigureSpec,
  type FigureView,
  highContrastTheme,
  type LayoutKind,
  slideTheme,
  type ThemeOverrides,
} from '@conv-arithmetic/react';
import { captionError } from '@conv-arithmetic/react/export';

/** The presets by the names the CLI takes. */
export const THEMES = {
  classic: classicTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  slide: slideTheme,
} as const;
export type ThemeName = keyof typeof THEMES;

/** One layer of a theme: a preset by name, or token overrides. */
export type ThemeLayer = ThemeName | ThemeOverrides;

/**
 * What to export: the components' props, plus which component. A pooling shows its values
 * unless `showValues: false`, as <PoolingAnimation> does.
 */
export interface ExportSpec extends FigureSpec {
  /**
   * Which animation: direct, transposed, dilated (dilation defaults to 2), or pool (with `mode`
   * 'max' or 'average', and `ceilMode`; the stride defaults to the kernel). Default 'conv'.
   */
  kind?: 'conv' | 'transposed' | 'dilated' | 'pool' | undefined;
  /**
   * A preset name, token overrides over the paper's colours, or layers of both merged left to
   * right as defineTheme does (`['dark', 'slide', { colors: { output: '#B58900' } }]`).
   */
  theme?: ThemeLayer | readonly ThemeLayer[] | undefined;
  /** Input and output channels (default 1), split into `groups` (PyTorch's Conv2d). */
  inChannels?: number | undefined;
  outChannels?: number | undefined;
  groups?: number | undefined;
  /** What padding cells hold, PyTorch's `padding_mode` (direct convolutions; default zeros). */
  paddingMode?: PaddingFill | undefined;
  /** Text drawn under the picture in every frame (at most 500 characters). */
  caption?: string | undefined;
  showValues?: boolean | undefined;
  /** `progressive`: each output cell filled only once its frame has computed it. */
  reveal?: 'all' | 'progressive' | undefined;
  values?: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined;
  layout?: LayoutKind | undefined;
  labels?: boolean | undefined;
  cellSize?: number | undefined;
  title?: string | undefined;
  maxGridSize?: number | undefined;
  /** Which picture: `equivalent` (default), `scatter` (transposed only) or `matrix`. */
  view?: FigureView | undefined;
}

/** The figure model the components would draw for this spec (throws ConvArithmeticError). */
export function modelOf(spec: ExportSpec): FigureModel {
  // Theme and caption are the exporter's, not the model's: keep them out of the component props.
  const { kind = 'conv', theme: _theme, caption: _caption, ...props } = spec;
  const showValues = props.showValues ?? (kind === 'pool' ? true : undefined);
  return createFigureModel(kind, { ...props, showValues });
}

function preset(name: string): ConvTheme {
  if (!Object.hasOwn(THEMES, name)) {
    const names = Object.keys(THEMES).join(', ');
    throw new ConvArithmeticError('theme', name, `theme must be one of ${names}, got '${name}'`);
  }
  return THEMES[name as ThemeName];
}

/**
 * The theme tokens a spec asks for: its layers over the classic preset (throws
 * ConvArithmeticError naming `theme` for an unknown preset or a bad token).
 *
 * @example
 * themeOf({ input: 5, kernel: 3, theme: ['dark', 'slide'] }).cellSize // 48
 */
export function themeOf(spec: ExportSpec): ConvTheme {
  const { theme } = spec;
  if (theme === undefined) return classicTheme;
  const layers: readonly ThemeLayer[] = Array.isArray(theme) ? theme : [theme as ThemeLayer];
  const tokens = layers.map((layer) => (typeof layer === 'string' ? preset(layer) : layer));
  // classicTheme first: the layers then always read left to right, however many there are.
  return defineTheme(classicTheme, ...tokens);
}

/**
 * The caption a spec asks for, checked (throws ConvArithmeticError naming `caption`).
 *
 * @example
 * captionOf({ input: 5, kernel: 3, caption: 'Padding 1' }) // 'Padding 1'
 */
export function captionOf(spec: ExportSpec): string | undefined {
  const { caption } = spec;
  if (caption === undefined || caption === '') return undefined;
  const error = captionError(caption);
  if (error) throw error;
  return caption;
}
