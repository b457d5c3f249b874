import { ConvThemeProvider, slideTheme, TransposedConvAnimation } from '@conv-arithmetic/react';

/**
 * A 16:9 lecture slide filling the viewport (as reveal.js, Slidev or Marp scale theirs): the
 * slide preset, a heading, one diagram that fits the rest of the slide (`fit="contain"`).
 */
export function Slide() {
  return (
    <section
      aria-label="Example slide"
      data-testid="slide"
      style={{
        aspectRatio: '16 / 9',
        width: 'min(100vw, calc(100vh * 16 / 9))',
        margin: '0 auto',
        boxSizing: 'border-box',
        padding: '3% 5%',
        background: '#FFFFFF',
        border: '1px solid #93A1A1',
        display: 'grid',
        gridTemplateRows: 'auto minmax(0, 1fr)',
        gap: '2%',
        fontFamily: slideTheme.font.family,
      }}
    >
      <h2 style={{ fontSize: 'min(2.1vw, 3.7vh)', margin: 0, color: '#002B36' }}>
        Transposed convolution = convolution over a stretched input
      </h2>
      <div style={{ display: 'flex', minHeight: 0, minWidth: 0 }}>
        <ConvThemeProvider theme={slideTheme}>
          <TransposedConvAnimation
            input={3}
            kernel={3}
            stride={2}
            padding={1}
            fit="contain"
            caption="A 3×3 input, stride 2: zeros inserted between the cells"
          />
        </ConvThemeProvider>
      </div>
    </section>
  );
}
