/**
 * Our tokens live under this key of the styled-components theme, beside the host's own.
 *
 * @example
 * <ThemeProvider theme={{ [THEME_KEY]: darkTheme }}>…</ThemeProvider>
 */
export const THEME_KEY = 'convArithmetic';
