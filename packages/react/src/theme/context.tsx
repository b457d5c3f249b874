'use client';
import type { ConvArithmeticError } from '@conv-arithmetic/core';
import { type ReactNode, useContext, useMemo } from 'react';
import { ThemeContext, ThemeProvider } from 'styled-components';
import { contentKey } from '../checks';
import { defineTheme } from './defineTheme';
import { ErrorMessage } from './ErrorMessage';
import type { ThemePresetName } from './presets';
import { THEME_KEY } from './themeKey';
import { type ConvTheme, classicTheme, type ThemeOverrides } from './tokens';
import { themeError } from './validateTheme';

type HostTheme = Record<string, unknown> & { [THEME_KEY]?: ConvTheme };

/** The tokens the nearest provider gives (already checked by it). */
function useInheritedTheme(): ConvTheme {
  const host = useContext(ThemeContext) as HostTheme | undefined;
  return host?.[THEME_KEY] ?? classicTheme;
}

/**
 * Themes every diagram inside it. Nests inside the host's styled-components `ThemeProvider`
 * without touching the host's keys; nested providers refine the outer one. Takes tokens or a
 * preset's name (`theme="dark"`). An invalid theme
 * renders an inline alert naming `theme` instead of its children.
 *
 * @example
 * <ConvThemeProvider theme={slideTheme}><ConvAnimation input={5} kernel={3} /></ConvThemeProvider>
 */
export function ConvThemeProvider(props: {
  theme: ThemeOverrides | ThemePresetName;
  children?: ReactNode;
}) {
  const { theme, children } = props;
  const error = themeError(theme);
  if (error) return <ErrorMessage error={error} theme={classicTheme} />;
  return (
    <ThemeProvider
      theme={(outer?: HostTheme) => ({
        ...outer,
        [THEME_KEY]: defineTheme(outer?.[THEME_KEY] ?? classicTheme, theme),
      })}
    >
      {children}
    </ThemeProvider>
  );
}

/**
 * The tokens in effect and why an override was refused: the nearest provider's tokens when it
 * was, so whatever is drawn (the alert included) uses only checked values.
 */
export function useThemeState(override?: unknown): {
  theme: ConvTheme;
  error: ConvArithmeticError | null;
} {
  const inherited = useInheritedTheme();
  // Overrides often arrive as inline objects: key on their content, so an unchanged theme keeps
  // its identity and the memoised planes are not redrawn on every frame.
  const key = override === undefined ? '' : contentKey(override);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the override's content
  return useMemo(() => {
    const error = override === undefined ? null : themeError(override);
    if (error) return { theme: inherited, error };
    return {
      theme: override
        ? defineTheme(inherited, override as ThemeOverrides | ThemePresetName)
        : inherited,
      error,
    };
  }, [key, inherited]);
}

/**
 * The tokens in effect: the nearest `ConvThemeProvider`, then a per-diagram override (ignored
 * when invalid; the components show an alert for it).
 *
 * @example
 * const theme = useConvTheme({ colors: { output: '#B58900' } })
 */
export function useConvTheme(override?: ThemeOverrides | ThemePresetName): ConvTheme {
  return useThemeState(override).theme;
}
