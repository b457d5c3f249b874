// autoTheme (and theme="auto"): both schemes readable, drawn through CSS variables on the page,
// composable with defineTheme, and files that hold real colours whatever the page's scheme.
import {
  autoTheme,
  ConvAnimation,
  type ConvTheme,
  classicTheme,
  createFigureModel,
  darkTheme,
  defineTheme,
  downloadFigure,
  slideTheme,
} from '@conv-arithmetic/react';
import { figureSvgElement } from '@conv-arithmetic/react/export';
import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// WCAG 2 relative luminance and contrast ratio (as tests/react/theme.test.tsx).
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

const schemes: [string, ConvTheme['colors']][] = [
  ['light', autoTheme.colors],
  ['dark', autoTheme.darkColors as ConvTheme['colors']],
];

describe.each(schemes)('autoTheme, %s scheme: the contrast high contrast is held to', (_, c) => {
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

describe('autoTheme on the page', () => {
  it('light is the paper, dark is Solarized dark (cells a shade darker in both)', () => {
    expect(autoTheme.colors.background).toBe(classicTheme.colors.background);
    expect(autoTheme.darkColors?.background).toBe(darkTheme.colors.background);
    expect(autoTheme.darkColors?.text).toBe(darkTheme.colors.text);
  });

  it.each([
    ['theme={autoTheme}', autoTheme],
    ['theme="auto"', 'auto' as const],
  ])('%s: SVG colours and the HTML parts read the CSS variables the scheme sets', (_, theme) => {
    const { container } = render(<ConvAnimation input={5} kernel={3} theme={theme} />);
    const figure = container.querySelector('figure') as HTMLElement;
    expect(figure.classList).toContain('ca-auto');
    expect(figure.style.getPropertyValue('--ca-light-background')).toBe('#FFFFFF');
    expect(figure.style.getPropertyValue('--ca-dark-background')).toBe('#002B36');
    // No colour is fixed on the figure itself: the stylesheet picks the scheme's.
    expect(figure.style.getPropertyValue('--ca-background')).toBe('');
    const input = container.querySelector('[data-kind="input"]');
    expect(input?.getAttribute('fill')).toBe('var(--ca-input, #1F78B6)');
    expect(container.querySelector('svg[data-frame] > rect')?.getAttribute('fill')).toBe(
      'var(--ca-background, #FFFFFF)',
    );
    expect(container.querySelector('.ca-bar')?.classList).toContain('ca-auto');
  });

  it('other themes keep real colours in the SVG', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} theme="dark" />);
    expect(container.querySelector('figure')?.classList).not.toContain('ca-auto');
    expect(container.querySelector('[data-kind="input"]')?.getAttribute('fill')).toBe('#268BD2');
  });
});

describe('autoTheme with defineTheme', () => {
  it("slide sizes keep it automatic (and slide's stronger shade in both schemes)", () => {
    const theme = defineTheme(autoTheme, slideTheme);
    expect(theme.darkColors).toEqual({
      ...autoTheme.darkColors,
      shadeOpacity: slideTheme.colors.shadeOpacity,
    });
    expect(theme.cellSize).toBe(slideTheme.cellSize);
    expect(defineTheme('auto', 'slide')).toEqual(theme);
  });

  it('a colour override applies to both schemes; darkColors sets the dark one alone', () => {
    const gold = defineTheme(autoTheme, { colors: { output: '#B58900' } });
    expect(gold.colors.output).toBe('#B58900');
    expect(gold.darkColors?.output).toBe('#B58900');
    const darkOnly = defineTheme(autoTheme, { darkColors: { output: '#B58900' } });
    expect(darkOnly.colors.output).toBe(autoTheme.colors.output);
    expect(darkOnly.darkColors?.output).toBe('#B58900');
  });

  it('a whole palette after it replaces both schemes', () => {
    expect(defineTheme(autoTheme, darkTheme).darkColors).toBeUndefined();
    expect(defineTheme(autoTheme, darkTheme).colors).toEqual(darkTheme.colors);
  });

  it('darkColors are checked like colors, naming theme', () => {
    expect(() => defineTheme({ darkColors: { output: 'red;x:y' } })).toThrow(
      /theme\.darkColors\.output must be a CSS colour/,
    );
    expect(() => defineTheme({ darkColors: { shadeOpacity: 2 } })).toThrow(
      /theme\.darkColors\.shadeOpacity/,
    );
  });
});

describe('files drawn with autoTheme hold real colours', () => {
  const model = createFigureModel('conv', { input: 5, kernel: 3, padding: 1 });

  it('figureSvgElement draws the light scheme, no CSS variable', () => {
    const svg = renderToStaticMarkup(figureSvgElement(model, 0, autoTheme));
    expect(svg).not.toContain('var(');
    expect(svg).toContain('fill="#1F78B6"');
    expect(svg).toBe(
      renderToStaticMarkup(
        figureSvgElement(model, 0, { ...autoTheme, darkColors: undefined } as ConvTheme),
      ),
    );
  });

  it.each([
    ['light', '#FFFFFF'],
    ['dark', '#002B36'],
  ] as const)('a downloaded SVG in the %s scheme', async (scheme, background) => {
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const blob = await downloadFigure({
      format: 'svg',
      model,
      theme: autoTheme,
      scheme,
      frame: 0,
      frameDuration: 1000,
      loop: true,
      fileName: 'auto',
    });
    click.mockRestore();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    const text = await blob.text();
    expect(text).not.toContain('var(');
    expect(text).toContain(`fill="${background}"`);
  });
});
