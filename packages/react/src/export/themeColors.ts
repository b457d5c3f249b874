import type { ConvTheme } from '../theme/tokens';

const channels = (hex: string): [number, number, number] | null => {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = Number.parseInt(match[1] as string, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

const hexOf = (rgb: number[]) =>
  `#${rgb
    .map((c) => Math.round(c).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;

/**
 * The colours a diagram is drawn in, for a GIF palette that keeps them exact: every fill, line
 * and text colour of the theme, and each fill under the kernel window's shade (any frame may
 * show the shade over any fill, not only those the first frame shows).
 *
 * @example
 * encodeGif(frames, { exactColors: diagramColors(classicTheme) })
 */
export function diagramColors(theme: ConvTheme): string[] {
  const { colors } = theme;
  const fills = [colors.input, colors.output, colors.padding, colors.inserted, colors.background];
  const flat = [
    ...fills,
    colors.grid,
    colors.text,
    colors.valueText,
    colors.highlight,
    colors.connector,
  ];
  const shade = channels(colors.shade);
  const opacity = colors.shadeOpacity;
  const shaded: string[] = [];
  if (shade && Number.isFinite(opacity)) {
    for (const fill of fills) {
      const under = channels(fill);
      if (under)
        shaded.push(hexOf(under.map((c, i) => (shade[i] as number) * opacity + c * (1 - opacity))));
    }
  }
  return [...new Set([...flat, ...shaded].filter((c) => channels(c) !== null))];
}
