// `theme` takes the presets by name, on the components, the provider and defineTheme; any other
// string is the inline alert naming `theme`.
import {
  ConvAnimation,
  ConvThemeProvider,
  darkTheme,
  defineTheme,
  highContrastTheme,
  slideTheme,
  type ThemePresetName,
} from '@conv-arithmetic/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

const inputFill = (container: HTMLElement) =>
  container.querySelector('[data-kind="input"]')?.getAttribute('fill');
const background = (container: HTMLElement) =>
  container.querySelector('svg[data-frame] > rect')?.getAttribute('fill');

describe('theme by preset name', () => {
  it.each([
    ['dark', darkTheme],
    ['high-contrast', highContrastTheme],
  ] as const)('theme="%s" draws that preset', (name, preset) => {
    const { container } = render(<ConvAnimation input={5} kernel={3} theme={name} />);
    expect(inputFill(container)).toBe(preset.colors.input);
    expect(background(container)).toBe(preset.colors.background);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('theme="slide" draws slide sizes in the paper colours', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} theme="slide" />);
    const input = container.querySelector('[data-kind="input"]');
    expect(input?.getAttribute('stroke-width')).toBe(String(slideTheme.stroke.thick));
  });

  it('ConvThemeProvider takes a name, and a figure inside refines it by name', () => {
    const { container } = render(
      <ConvThemeProvider theme="dark">
        <ConvAnimation input={5} kernel={3} />
        <ConvAnimation input={5} kernel={3} theme="slide" />
      </ConvThemeProvider>,
    );
    const [first, second] = container.querySelectorAll('figure');
    expect(background(first as HTMLElement)).toBe(darkTheme.colors.background);
    expect(background(second as HTMLElement)).toBe(darkTheme.colors.background);
    expect(
      (second as HTMLElement).querySelector('[data-kind="input"]')?.getAttribute('stroke-width'),
    ).toBe(String(slideTheme.stroke.thick));
  });

  it('defineTheme takes names as layers', () => {
    expect(defineTheme('dark', 'slide')).toEqual(defineTheme(darkTheme, slideTheme));
    expect(defineTheme('high-contrast')).toEqual(highContrastTheme);
  });

  it.each(['Dark', 'solarized', '', 'dark '])('theme=%j is the alert naming theme', (name) => {
    render(<ConvAnimation input={5} kernel={3} theme={name as ThemePresetName} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-param')).toBe('theme');
    expect(alert.textContent).toContain("'classic', 'dark', 'high-contrast', 'slide'");
  });

  it('an unknown name on the provider is the alert naming theme', () => {
    render(
      <ConvThemeProvider theme={'night' as ThemePresetName}>
        <ConvAnimation input={5} kernel={3} />
      </ConvThemeProvider>,
    );
    expect(screen.getByRole('alert').getAttribute('data-param')).toBe('theme');
  });

  it('defineTheme throws naming theme for an unknown name', () => {
    expect(() => defineTheme('night' as ThemePresetName)).toThrow(/theme must be a theme object/);
  });
});
