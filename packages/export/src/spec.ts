import type { Matrix } from '@conv-arithmetic/core';
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

/** The presets by the names the CLI takes. */
export const THEMES = {
  classic: classicTheme,
  dark: darkTheme,
  'high-contrast': highContrastTheme,
  slide: slideTheme,
} as const;
export type ThemeName = keyof typeof THEMES;

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
  /** A preset name, or token overrides over the paper's colours. */
  theme?: ThemeName | ThemeOverrides | undefined;
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
  // The theme is applied by the exporter, not the model: keep it out of the component props.
  const { kind = 'conv', theme: _theme, ...props } = spec;
  const showValues = props.showValues ?? (kind === 'pool' ? true : undefined);
  return createFigureModel(kind, { ...props, showValues });
}

/** The theme tokens a spec asks for. */
export function themeOf(spec: ExportSpec): ConvTheme {
  const { theme } = spec;
  if (theme === undefined) return classicTheme;
  if (typeof theme === 'string') return THEMES[theme];
  return defineTheme(theme);
}
