import { type ReactNode, useContext, useMemo } from 'react';
import { ThemeContext, ThemeProvider } from 'styled-components';
import { type ConvTheme, classicTheme, defineTheme, type ThemeOverrides } from './tokens';

/** Our tokens live under this key of the styled-components theme, beside the host's own. */
export const THEME_KEY = 'convArithmetic';

type HostTheme = Record<string, unknown> & { [THEME_KEY]?: ConvTheme };

/**
 * Themes every diagram inside it. Nests inside the host's styled-components `ThemeProvider`
 * without touching the host's keys; nested providers refine the outer one.
 *
 * @example
 * <ConvThemeProvider theme={slideTheme}><ConvAnimation input={5} kernel={3} /></ConvThemeProvider>
 */
export function ConvThemeProvider(props: { theme: ThemeOverrides; children?: ReactNode }) {
  const { theme, children } = props;
  return (
    <ThemeProvider
      theme={(outer?: HostTheme) => ({
        ...outer,
        [THEME_KEY]: defineTheme(theme, outer?.[THEME_KEY] ?? classicTheme),
      })}
    >
      {children}
    </ThemeProvider>
  );
}

/** The tokens in effect: the nearest `ConvThemeProvider`, then a per-diagram override. */
export function useConvTheme(override?: ThemeOverrides): ConvTheme {
  const host = useContext(ThemeContext) as HostTheme | undefined;
  const inherited = host?.[THEME_KEY] ?? classicTheme;
  // Overrides often arrive as inline objects: key on their content, so an unchanged theme keeps
  // its identity and the memoised planes are not redrawn on every frame.
  const key = override ? JSON.stringify(override) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the override's content
  return useMemo(() => (override ? defineTheme(override, inherited) : inherited), [key, inherited]);
}
