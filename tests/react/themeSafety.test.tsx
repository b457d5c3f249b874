// Theme values are checked before they reach CSS or SVG: safe colours, lengths, numbers, font
// lists and dash arrays pass; anything else is refused with an error naming `theme`.
import { ConvArithmeticError } from '@conv-arithmetic/core';
import {
  ConvAnimation,
  ConvThemeProvider,
  classicTheme,
  darkTheme,
  defineTheme,
  highContrastTheme,
  slideTheme,
  type ThemeOverrides,
  useConvTheme,
} from '@conv-arithmetic/react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

const refused = (overrides: unknown): ConvArithmeticError => {
  try {
    defineTheme(overrides as ThemeOverrides);
  } catch (error) {
    if (error instanceof ConvArithmeticError) return error;
    throw error;
  }
  throw new Error(`defineTheme accepted ${JSON.stringify(overrides)}`);
};

describe('defineTheme accepts what CSS can only read as a colour, length or font list', () => {
  it.each([
    '#abc',
    '#abcd',
    '#A1B2C3',
    '#a1b2c3d4',
    'rgb(1, 2, 3)',
    'rgba(1, 2, 3, 0.5)',
    'rgb(1 2 3 / 50%)',
    'hsl(120deg 50% 50%)',
    'hsla(120, 50%, 50%, 0.4)',
    'transparent',
    'currentColor',
    'white',
    'rebeccapurple',
    'Navy',
    'hsla(120, 50%, 50%, .3)',
  ])('colour %s', (colour) => {
    expect(defineTheme({ colors: { output: colour } }).colors.output).toBe(colour);
  });

  it('every preset passes as a complete theme', () => {
    for (const preset of [classicTheme, darkTheme, highContrastTheme, slideTheme]) {
      expect(defineTheme(preset)).toEqual(preset);
    }
  });

  it('font lists with quoted and bare families, numbers in range, dash arrays', () => {
    const theme = defineTheme({
      font: { family: `"Fira Sans", 'Noto Sans JP', sans-serif`, labelSize: 20 },
      stroke: { paddingDash: '2, 1.5', thick: 0 },
      colors: { shadeOpacity: 1 },
      cellSize: 12.5,
    });
    expect(theme.font.family).toContain('Fira Sans');
  });

  it('an override left undefined keeps the base token', () => {
    const overrides = { colors: { output: undefined } } as unknown as ThemeOverrides;
    expect(defineTheme(overrides).colors.output).toBe('#2AA198');
  });
});

describe('defineTheme refuses anything else, naming theme and the token', () => {
  it.each([
    [{ colors: { errorBackground: 'red;background-image:url(/leak)' } }, 'colors.errorBackground'],
    [{ colors: { output: 'url(/x)' } }, 'colors.output'],
    [{ colors: { output: 'rgb(1, 2, var(--x))' } }, 'colors.output'],
    [{ colors: { output: 'bogus' } }, 'colors.output'],
    [{ colors: { output: 'rgb(123)' } }, 'colors.output'],
    [{ colors: { output: 'rgb(1, 2)' } }, 'colors.output'],
    [{ colors: { output: 'rgb(1, 2, 3, 4, 5)' } }, 'colors.output'],
    [{ colors: { output: 'rgb(1 2 3) ;' } }, 'colors.output'],
    [{ colors: { output: 5 } }, 'colors.output'],
    [{ colors: { shadeOpacity: 2 } }, 'colors.shadeOpacity'],
    [{ font: { family: 'a;b' } }, 'font.family'],
    [{ font: { family: '"unclosed, serif' } }, 'font.family'],
    [{ font: { labelSize: Number.NaN } }, 'font.labelSize'],
    [{ stroke: { thick: -1 } }, 'stroke.thick'],
    [{ stroke: { paddingDash: '4 3;x' } }, 'stroke.paddingDash'],
    [{ cellSize: Number.NaN }, 'cellSize'],
    [{ cellSize: 0 }, 'cellSize'],
    [{ colors: { outptu: '#fff' } }, 'colors.outptu'],
    [{ colours: {} }, 'colours'],
    [{ colors: 'red' }, 'colors'],
  ])('%o', (overrides, path) => {
    const error = refused(overrides);
    expect(error.param).toBe('theme');
    expect(error.message).toContain(`theme.${path}`);
    expect(error.message).not.toMatch(/leak|url\(/);
  });

  it('a bad token in any layer, however many', () => {
    const error = (() => {
      try {
        defineTheme(darkTheme, slideTheme, { colors: { output: 'url(/x)' } });
      } catch (caught) {
        return caught as ConvArithmeticError;
      }
    })();
    expect(error?.param).toBe('theme');
    expect(error?.message).toMatch(/theme.colors.output/);
  });
});

let seenTheme: unknown;
/** Records the theme useConvTheme returns for an unsafe override. */
function UnsafeOverrideProbe() {
  seenTheme = useConvTheme({ colors: { output: 'url(/l)' } });
  return null;
}

describe('components with an unsafe theme', () => {
  it('the per-diagram theme prop renders the alert, drawn in the preset tokens', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <ConvAnimation
        input={5}
        kernel={3}
        theme={{ colors: { errorBackground: 'red;x:url(/l)' } }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-param', 'theme');
    expect(alert.getAttribute('style')).toContain('--ca-error-background: #FDEDEC');
    expect(container.innerHTML).not.toContain('url(/l)');
  });

  it('ConvThemeProvider renders the alert instead of its children', () => {
    render(
      <ConvThemeProvider theme={{ colors: { output: 'url(/l)' } }}>
        <p>child</p>
      </ConvThemeProvider>,
    );
    expect(screen.getByRole('alert')).toHaveAttribute('data-param', 'theme');
    expect(screen.queryByText('child')).toBeNull();
  });

  it('useConvTheme ignores an unsafe override and keeps the inherited tokens', () => {
    render(<UnsafeOverrideProbe />);
    expect(seenTheme).toBe(classicTheme);
  });
});
