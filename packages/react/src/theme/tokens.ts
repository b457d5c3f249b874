/**
 * Theme tokens: every colour, stroke and font the diagrams and controls use. Plain objects, no
 * React, so the exporter and tests can read them too.
 */
export interface ConvTheme {
  colors: {
    /** Real input cells (the paper's blue). */
    input: string;
    /** Output cells (the paper's cyan). */
    output: string;
    /** The kernel window and the current output cell, drawn at `shadeOpacity`. */
    shade: string;
    /** Opacity of `shade` over the cells it covers, 0–1. */
    shadeOpacity: number;
    /** Grid lines and outlines. */
    grid: string;
    /** Padding cells: fill; their borders are dashed in `grid`. */
    padding: string;
    /** Zeros inserted by a transposed convolution: fill; dotted borders in `grid`. */
    inserted: string;
    /** Receptive-field highlight on hover or focus. */
    highlight: string;
    /** Lines from the kernel window to the output cell it writes. */
    connector: string;
    /** The diagram's background. */
    background: string;
    /** Labels, legend and numbers on light cells. */
    text: string;
    /** Numbers drawn on input and output cells. */
    valueText: string;
    /** Keyboard focus rings on the diagram and controls. */
    focus: string;
    /** Playback controls: buttons and menus. */
    controlBackground: string;
    /** Playback controls: labels, icons and the frame counter. */
    controlText: string;
    /** Playback controls: borders. */
    controlBorder: string;
    /** The inline alert an invalid prop renders: background. */
    errorBackground: string;
    /** The inline alert: text. */
    errorText: string;
    /** The inline alert: border. */
    errorBorder: string;
  };
  stroke: {
    /** Outlines of cells and the window grid, in px. */
    thick: number;
    /** Borders of inserted-zero cells and of the legend's window swatch, in px. */
    thin: number;
    /** Connector lines, in px. */
    connector: number;
    /** SVG dash array of padding-cell borders, in px. */
    paddingDash: string;
    /** SVG dash array of inserted-zero borders, in px. */
    insertedDash: string;
  };
  font: {
    /** CSS font stack of labels, legend, numbers and controls. */
    family: string;
    /** Labels and legend, in px. */
    labelSize: number;
    /** Labels and legend: CSS font weight. */
    labelWeight: number;
    /** Controls text, in px. */
    controlSize: number;
  };
  /** Default cell size in px (one grid unit before projection). */
  cellSize: number;
  /**
   * The colours under a dark scheme, for a theme that follows the page (see autoTheme): with
   * them, `colors` are the light scheme's, and the figure switches between the two with CSS.
   */
  darkColors?: ConvTheme['colors'] | undefined;
}

/** A theme with any subset of tokens given. */
export type ThemeOverrides = {
  [Group in keyof ConvTheme]?: NonNullable<ConvTheme[Group]> extends object
    ? Partial<NonNullable<ConvTheme[Group]>> | undefined
    : ConvTheme[Group];
};

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The paper's colours: Solarized blue input, cyan output, base02 shading at 40 %, base03 grid. */
export const classicTheme: ConvTheme = {
  colors: {
    input: '#268BD2',
    output: '#2AA198',
    shade: '#073642',
    shadeOpacity: 0.4,
    grid: '#002B36',
    padding: '#FFFFFF',
    inserted: '#EEE8D5',
    highlight: '#CB4B16',
    connector: '#000000',
    background: '#FFFFFF',
    text: '#002B36',
    valueText: '#FFFFFF',
    focus: '#CB4B16',
    controlBackground: '#FDF6E3',
    controlText: '#002B36',
    controlBorder: '#586E75',
    errorBackground: '#FDEDEC',
    errorText: '#8A1F11',
    errorBorder: '#DC322F',
  },
  stroke: { thick: 1.6, thin: 0.8, connector: 0.7, paddingDash: '4 3', insertedDash: '1 2.5' },
  font: { family: SANS, labelSize: 13, labelWeight: 600, controlSize: 14 },
  cellSize: 28,
};

/** Solarized dark: the same roles on base03, grid in base1 so it stays visible. */
export const darkTheme: ConvTheme = {
  colors: {
    input: '#268BD2',
    output: '#2AA198',
    shade: '#FDF6E3',
    shadeOpacity: 0.35,
    grid: '#93A1A1',
    padding: '#002B36',
    inserted: '#0B4452',
    highlight: '#CB4B16',
    connector: '#EEE8D5',
    background: '#002B36',
    text: '#EEE8D5',
    valueText: '#FFFFFF',
    focus: '#B58900',
    controlBackground: '#073642',
    controlText: '#EEE8D5',
    controlBorder: '#93A1A1',
    errorBackground: '#3B0F0C',
    errorText: '#FFD7D2',
    errorBorder: '#DC322F',
  },
  stroke: classicTheme.stroke,
  font: classicTheme.font,
  cellSize: 28,
};

/**
 * WCAG AA and beyond: every text and border colour has at least 4.5:1 contrast on the surface
 * it sits on (checked in tests/react/theme.test.tsx).
 */
export const highContrastTheme: ConvTheme = {
  colors: {
    input: '#0B4F8A',
    output: '#005F56',
    shade: '#000000',
    shadeOpacity: 0.5,
    grid: '#000000',
    padding: '#FFFFFF',
    inserted: '#E0E0E0',
    highlight: '#B00020',
    connector: '#000000',
    background: '#FFFFFF',
    text: '#000000',
    valueText: '#FFFFFF',
    focus: '#B00020',
    controlBackground: '#FFFFFF',
    controlText: '#000000',
    controlBorder: '#000000',
    errorBackground: '#FFFFFF',
    errorText: '#8B0000',
    errorBorder: '#8B0000',
  },
  stroke: { thick: 2.4, thin: 1.2, connector: 1.2, paddingDash: '5 3', insertedDash: '1.5 3' },
  font: { family: SANS, labelSize: 14, labelWeight: 700, controlSize: 15 },
  cellSize: 30,
};

/** For projectors: large cells, bold strokes and type, the paper's colours. */
export const slideTheme: ConvTheme = {
  colors: { ...classicTheme.colors, shadeOpacity: 0.45 },
  stroke: { thick: 3, thin: 1.5, connector: 1.5, paddingDash: '7 5', insertedDash: '2 5' },
  font: { family: SANS, labelSize: 22, labelWeight: 700, controlSize: 20 },
  cellSize: 48,
};

// The paper's blue and cyan a shade darker, hue kept: white numbers read at 4.75:1 on them, and
// they stand 3.2:1 off the dark background (tests/react/autoTheme.test.tsx).
const READABLE_CELLS = { input: '#1F78B6', output: '#1F8078' };

/**
 * Follows the page: light by default, Solarized dark under `prefers-color-scheme: dark`, and a
 * site's own switch: an ancestor with `data-theme="dark"|"light"` (Docusaurus, Starlight) or
 * class `dark`|`light` (Tailwind, next-themes). It switches with CSS variables, without a
 * re-render. Both schemes meet the contrast the high-contrast preset is tested for (the paper's
 * blue and cyan a shade darker). Downloads draw the scheme the figure shows, in real colours.
 *
 * @example
 * <ConvAnimation input={5} kernel={3} theme={autoTheme} />
 */
export const autoTheme: ConvTheme = {
  ...classicTheme,
  colors: { ...classicTheme.colors, ...READABLE_CELLS },
  darkColors: { ...darkTheme.colors, ...READABLE_CELLS },
};
