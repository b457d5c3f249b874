// A Server Component: no 'use client'. Themes are plain values and defineTheme runs here.
import {
  ConvAnimation,
  ConvThemeProvider,
  classicTheme,
  DilatedConvAnimation,
  darkTheme,
  defineTheme,
  highContrastTheme,
  slideTheme,
  TransposedConvAnimation,
} from '@conv-arithmetic/react';

const courseTheme = defineTheme(slideTheme, { colors: { output: '#B58900' } });

export default function Page() {
  return (
    <main>
      <h1>Convolution arithmetic</h1>
      <p>Dark figures sit on {darkTheme.colors.background}.</p>
      <ConvAnimation input={5} kernel={3} padding={1} stride={2} theme={classicTheme} />
      <TransposedConvAnimation input={3} kernel={3} stride={2} padding={1} theme={darkTheme} />
      <ConvThemeProvider theme={courseTheme}>
        <DilatedConvAnimation input={7} kernel={3} dilation={2} />
      </ConvThemeProvider>
      <ConvAnimation input={4} kernel={3} theme={highContrastTheme} />
    </main>
  );
}
