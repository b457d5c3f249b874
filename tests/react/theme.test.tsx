// Presets and overrides reach the SVG's presentation attributes; the provider never clobbers the
// host's theme; the high-contrast preset meets WCAG AA.
import {
  ConvAnimation,
  type ConvTheme,
  ConvThemeProvider,
  classicTheme,
  darkTheme,
  defineTheme,
  highContrastTheme,
  slideTheme,
} from '@conv-arithmetic/react';
import { render } from '@testing-library/react';
import { styled, ThemeProvider } from 'styled-components';
import { describe, expect, it } from 'vitest';

const attr = (container: HTMLElement, selector: string, name: string) =>
  container.querySelector(selector)?.getAttribute(name);

function expectPainted(container: HTMLElement, theme: ConvTheme) {
  expect(attr(container, '[data-kind="input"]', 'fill')).toBe(theme.colors.input);
  expect(attr(container, '[data-kind="input"]', 'stroke')).toBe(theme.colors.grid);
  expect(attr(container, '[data-kind="input"]', 'stroke-width')).toBe(String(theme.stroke.thick));
  expect(attr(container, '[data-kind="padding"]', 'fill')).toBe(theme.colors.padding);
  expect(attr(container, '[data-kind="padding"]', 'stroke-dasharray')).toBe(
    theme.stroke.paddingDash,
  );
  expect(attr(container, '[data-plane="output"]', 'fill')).toBe(theme.colors.output);
  expect(attr(container, '[data-part="taps"]', 'fill')).toBe(theme.colors.shade);
  expect(attr(container, '[data-part="taps"]', 'fill-opacity')).toBe(
    String(theme.colors.shadeOpacity),
  );
  expect(attr(container, '[data-part="connectors"]', 'stroke')).toBe(theme.colors.connector);
  expect(attr(container, 'svg[data-frame] > rect', 'fill')).toBe(theme.colors.background);
}

describe('presets', () => {
  it('classic is the paper: #268BD2 input, #2AA198 output, #073642 shade at 40 %, #002B36 grid', () => {
    expect(classicTheme.colors).toMatchObject({
      input: '#268BD2',
      output: '#2AA198',
      shade: '#073642',
      shadeOpacity: 0.4,
      grid: '#002B36',
      padding: '#FFFFFF',
    });
    const { container } = render(
      <ConvAnimation input={5} kernel={3} padding={1} autoPlay={false} />,
    );
    expectPainted(container, classicTheme);
  });

  for (const [name, preset] of [
    ['dark', darkTheme],
    ['highContrast', highContrastTheme],
    ['slide', slideTheme],
  ] as const) {
    it(`${name} reaches the SVG through the theme prop and through ConvThemeProvider`, () => {
      const viaProp = render(
        <ConvAnimation input={5} kernel={3} padding={1} theme={preset} autoPlay={false} />,
      );
      expectPainted(viaProp.container, preset);
      viaProp.unmount();
      const viaProvider = render(
        <ConvThemeProvider theme={preset}>
          <ConvAnimation input={5} kernel={3} padding={1} autoPlay={false} />
        </ConvThemeProvider>,
      );
      expectPainted(viaProvider.container, preset);
    });
  }

  it('slide draws larger cells than classic', () => {
    const classic = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    const classicWidth = Number(attr(classic.container, 'svg[data-frame]', 'width'));
    classic.unmount();
    const slide = render(
      <ConvAnimation input={5} kernel={3} theme={slideTheme} autoPlay={false} />,
    );
    expect(Number(attr(slide.container, 'svg[data-frame]', 'width'))).toBeGreaterThan(
      classicWidth * 1.5,
    );
  });
});

describe('overriding one colour', () => {
  it('theme={{ colors: { output } }} changes only the output', () => {
    const { container } = render(
      <ConvAnimation
        input={5}
        kernel={3}
        padding={1}
        theme={{ colors: { output: '#B58900' } }}
        autoPlay={false}
      />,
    );
    expectPainted(container, defineTheme({ colors: { output: '#B58900' } }));
    expect(attr(container, '[data-plane="output"]', 'fill')).toBe('#B58900');
    expect(attr(container, '[data-kind="input"]', 'fill')).toBe('#268BD2');
  });

  it('a prop override refines the provider, which refines an outer provider', () => {
    const { container } = render(
      <ConvThemeProvider theme={darkTheme}>
        <ConvThemeProvider theme={{ colors: { input: '#6C71C4' } }}>
          <ConvAnimation
            input={5}
            kernel={3}
            padding={1}
            theme={{ colors: { output: '#B58900' } }}
            autoPlay={false}
          />
        </ConvThemeProvider>
      </ConvThemeProvider>,
    );
    expect(attr(container, '[data-kind="input"]', 'fill')).toBe('#6C71C4');
    expect(attr(container, '[data-plane="output"]', 'fill')).toBe('#B58900');
    expect(attr(container, '[data-kind="padding"]', 'fill')).toBe(darkTheme.colors.padding);
  });

  it('defineTheme keeps every other token', () => {
    const theme = defineTheme({ font: { labelSize: 30 } }, darkTheme);
    expect(theme.font.labelSize).toBe(30);
    expect(theme.font.family).toBe(darkTheme.font.family);
    expect(theme.colors).toEqual(darkTheme.colors);
  });
});

describe('the host theme', () => {
  it("ConvThemeProvider keeps the host's styled-components theme intact", () => {
    const HostBox = styled.div`
      color: ${(p) => (p.theme as { brand?: string }).brand};
    `;
    const { getByText } = render(
      <ThemeProvider theme={{ brand: 'rgb(255, 0, 0)' }}>
        <ConvThemeProvider theme={darkTheme}>
          <HostBox>host</HostBox>
        </ConvThemeProvider>
      </ThemeProvider>,
    );
    expect(getByText('host')).toHaveStyle({ color: 'rgb(255, 0, 0)' });
  });
});

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('highContrastTheme meets WCAG AA', () => {
  const c = highContrastTheme.colors;
  it.each([
    ['labels on the background', c.text, c.background],
    ['numbers on input cells', c.valueText, c.input],
    ['numbers on output cells', c.valueText, c.output],
    ['numbers on padding cells', c.text, c.padding],
    ['numbers on inserted zeros', c.text, c.inserted],
    ['control text', c.controlText, c.controlBackground],
    ['error text', c.errorText, c.errorBackground],
  ])('text: %s ≥ 4.5:1', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each([
    ['cell borders on padding', c.grid, c.padding],
    ['cell borders on inserted zeros', c.grid, c.inserted],
    ['input cells on the background', c.input, c.background],
    ['output cells on the background', c.output, c.background],
    ['focus ring on the background', c.focus, c.background],
    ['control borders', c.controlBorder, c.controlBackground],
  ])('non-text: %s ≥ 3:1', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3);
  });
});
