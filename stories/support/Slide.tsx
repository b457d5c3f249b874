import { ConvThemeProvider, slideTheme, TransposedConvAnimation } from '@conv-arithmetic/react';

/** A 16:9 lecture slide: the slide preset, a heading, one diagram. */
export function Slide() {
  return (
    <section
      aria-label="Example slide"
      style={{
        aspectRatio: '16 / 9',
        width: '100%',
        maxWidth: 1280,
        boxSizing: 'border-box',
        padding: '3% 5%',
        background: '#FFFFFF',
        border: '1px solid #93A1A1',
        display: 'grid',
        gridTemplateRows: 'auto 1fr',
        fontFamily: slideTheme.font.family,
      }}
    >
      <h2 style={{ fontSize: 40, margin: 0, color: '#002B36' }}>
        Transposed convolution = convolution over a stretched input
      </h2>
      <div
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: 0 }}
      >
        <ConvThemeProvider theme={slideTheme}>
          <TransposedConvAnimation
            input={3}
            kernel={3}
            stride={2}
            padding={1}
            cellSize={40}
            style={{ maxHeight: '100%' }}
          />
        </ConvThemeProvider>
      </div>
    </section>
  );
}
