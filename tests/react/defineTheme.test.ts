// defineTheme(...layers): presets and overrides merge left to right; presets set their own
// groups, so a palette and the slide sizes compose; padding follows a custom background.
import {
  classicTheme,
  darkTheme,
  defineTheme,
  highContrastTheme,
  slideTheme,
  type ThemeOverrides,
} from '@conv-arithmetic/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('defineTheme(...layers)', () => {
  it('dark + slide + one colour: dark colours, slide sizes, that colour', () => {
    const theme = defineTheme(darkTheme, slideTheme, { colors: { output: '#B58900' } });
    expect(theme.colors).toEqual({
      ...darkTheme.colors,
      shadeOpacity: slideTheme.colors.shadeOpacity,
      output: '#B58900',
    });
    expect(theme.font).toEqual(slideTheme.font);
    expect(theme.stroke).toEqual(slideTheme.stroke);
    expect(theme.cellSize).toBe(slideTheme.cellSize);
  });

  it('a palette and the slide preset compose in either order (the shade opacity is the last)', () => {
    const slideLast = defineTheme(darkTheme, slideTheme);
    const darkLast = defineTheme(slideTheme, darkTheme);
    expect(darkLast).toEqual({
      ...slideLast,
      colors: { ...slideLast.colors, shadeOpacity: darkTheme.colors.shadeOpacity },
    });
  });

  it('each preset alone, or over classic, is itself', () => {
    for (const preset of [classicTheme, darkTheme, highContrastTheme, slideTheme]) {
      expect(defineTheme(preset)).toEqual(preset);
      expect(defineTheme(classicTheme, preset)).toEqual(preset);
    }
  });

  it('a later layer wins for the tokens it sets, the rest come from earlier ones', () => {
    const theme = defineTheme(
      { colors: { output: '#111111', input: '#222222' } },
      { colors: { output: '#333333' } },
      { font: { labelSize: 40 } },
    );
    expect(theme.colors.output).toBe('#333333');
    expect(theme.colors.input).toBe('#222222');
    expect(theme.font.labelSize).toBe(40);
    expect(theme.font.family).toBe(classicTheme.font.family);
  });

  it('a copy of a preset is a complete theme and sets every token', () => {
    expect(defineTheme(darkTheme, { ...slideTheme })).toEqual(slideTheme);
  });

  it('the two-argument form (overrides, base) still means the overrides over that base', () => {
    const theme = defineTheme({ colors: { output: '#D33682' } }, slideTheme);
    expect(theme).toEqual({ ...slideTheme, colors: { ...slideTheme.colors, output: '#D33682' } });
  });

  it('property: layering partial overrides equals applying them one by one', () => {
    const colour = fc.constantFrom('#000000', '#123456', 'red', 'rgb(1, 2, 3)');
    const layer: fc.Arbitrary<ThemeOverrides> = fc.record(
      {
        colors: fc.record({ output: colour, input: colour }, { requiredKeys: [] }),
        font: fc.record({ labelSize: fc.integer({ min: 1, max: 60 }) }, { requiredKeys: [] }),
        cellSize: fc.integer({ min: 4, max: 80 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 5 }), (layers) => {
        const stepwise = layers.reduce((theme, next) => defineTheme(theme, next), classicTheme);
        expect(defineTheme(classicTheme, ...layers)).toEqual(stepwise);
      }),
    );
  });
});

describe('derived tokens follow a custom background', () => {
  it('padding cells take the new background over dark', () => {
    const theme = defineTheme(darkTheme, { colors: { background: '#101820' } });
    expect(theme.colors.padding).toBe('#101820');
  });

  it('unless a layer sets the padding, before or with the background', () => {
    expect(
      defineTheme(darkTheme, { colors: { background: '#101820', padding: '#FFFFFF' } }).colors
        .padding,
    ).toBe('#FFFFFF');
    expect(
      defineTheme({ colors: { padding: '#EEEEEE' } }, { colors: { background: '#101820' } }).colors
        .padding,
    ).toBe('#EEEEEE');
  });
});
