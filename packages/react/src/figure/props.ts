import type { Matrix, PoolMode, Size2D } from '@conv-arithmetic/core';
import type { CSSProperties, ReactNode } from 'react';
import type { LayoutKind } from '../svg/layout';
import type { ThemePresetName } from '../theme/presets';
import type { ThemeOverrides } from '../theme/tokens';
import type { FigureView } from '../views/kind';
import type { FigureSpec } from './spec';

/**
 * How a figure sizes itself in its container (the `fit` prop).
 *
 * @example
 * <ConvAnimation input={5} kernel={3} fit="contain" /> // fills a slide's height too
 */
export type FigureFit = 'width' | 'contain';

/**
 * A file the download buttons make: an animated GIF, an SVG of the frame shown, or a PNG of it.
 *
 * @example
 * const formats: DownloadFormat[] = ['gif', 'png']
 */
export type DownloadFormat = 'gif' | 'svg' | 'png';

/** Props every animation component takes, besides its convolution spec. */
export interface AnimationOptions {
  /**
   * Start playing on mount (default: true, unless the user prefers reduced motion or `frame` is
   * given: a pinned figure is a still, paused with a Play button).
   */
  autoPlay?: boolean | undefined;
  /** Start over after the last frame (default true). */
  loop?: boolean | undefined;
  /** Frames per second, 0.001–1000 (default 1: the paper's 1.0 s per frame). */
  fps?: number | undefined;
  /** Milliseconds per frame, 1–1,000,000; overrides `fps`. */
  frameDuration?: number | undefined;
  /** Show the playback controls (default true). */
  controls?: boolean | undefined;
  /** Print numbers in cells; the output shows the computed values. */
  showValues?: boolean | undefined;
  /**
   * When output cells appear: `'all'` from the first frame, as in the paper (default), or
   * `'progressive'`: each once its frame has computed it, so a learner sees the output grow.
   */
  reveal?: 'all' | 'progressive' | undefined;
  /**
   * The equation line under the picture: the current frame's arithmetic, e.g.
   * "3·0 + 3·1 + … = 12", "max(3, 3, 2, …) = 3" or "(3 + 3 + … + 2) / 9 = 1.7", terms reading
   * padding or inserted zeros underlined (dashed, dotted) and named in the live region. Shown
   * whenever values are (default); `false` hides it; `true` also turns the values on.
   */
  equation?: boolean | undefined;
  /**
   * The numbers to print (implies `showValues`): `{ input?, kernel? }` matrices of finite numbers
   * whose shapes match the spec, and whose output stays finite.
   */
  values?: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined;
  /** One cell in px, 1–1000 (default: the theme's). */
  cellSize?: number | undefined;
  /** `perspective` (the paper's picture; default) or `flat` (default when values are shown). */
  layout?: LayoutKind | undefined;
  /** "input"/"output" labels and the legend (default true). */
  labels?: boolean | undefined;
  /** Accessible name (default: a sentence from the spec). */
  title?: string | undefined;
  /**
   * How the figure sizes itself: `width` (default) shrinks it to its container's width;
   * `contain` scales the whole figure (diagram, labels, legend, controls, caption) up or down
   * to fit the container's width and height, centred: for slides. The container needs a height.
   */
  fit?: FigureFit | undefined;
  /** Visible caption under the diagram; text (up to 500 characters) also goes into downloads. */
  caption?: ReactNode;
  /**
   * Token overrides for this diagram, over the nearest ConvThemeProvider, or a preset's name
   * ('classic', 'dark', 'high-contrast', 'slide', 'auto'). Colours must be hex, rgb()/hsl() of
   * numbers or a basic keyword; anything else renders the alert naming `theme`.
   */
  theme?: ThemeOverrides | ThemePresetName | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /**
   * Controlled frame (0-based) with `onFrameChange`; or `defaultFrame` uncontrolled. Without
   * `onFrameChange` the frame is read-only: the figure is a still that cannot play.
   */
  frame?: number | undefined;
  defaultFrame?: number | undefined;
  onFrameChange?: ((frame: number) => void) | undefined;
  /** Controlled play state with `onPlayingChange`. */
  playing?: boolean | undefined;
  onPlayingChange?: ((playing: boolean) => void) | undefined;
  /** Playback rate: one of SPEEDS or any other number from 0.01 to 100 (the menu lists it). */
  speed?: number | undefined;
  defaultSpeed?: number | undefined;
  onSpeedChange?: ((speed: number) => void) | undefined;
  /**
   * Opt-in download buttons: `true` for GIF and SVG, or the formats to offer ('gif', 'svg',
   * 'png'). Files are made in the browser with the same drawing the exporter uses.
   */
  download?: boolean | readonly DownloadFormat[] | undefined;
  /** Base name of downloaded files (default: from the title). */
  downloadName?: string | undefined;
  /**
   * Largest grid drawn, in cells per side: an integer from 1 to 256 (default 64). It is checked
   * from the spec's numbers before anything is built; a larger spec renders the alert naming the
   * prop responsible (input, kernel or padding).
   */
  maxGridSize?: number | undefined;
}

export interface ConvAnimationProps
  extends AnimationOptions,
    Omit<FigureSpec, 'outputPadding' | 'mode' | 'ceilMode'> {
  /**
   * `equivalent` (default): the window sliding over the input, as in the paper; `matrix`: the
   * convolution as y = C·x (the paper's §4.1), one output row a frame. (`scatter` draws only a
   * transposed convolution: here it renders the alert naming `view`.)
   */
  view?: FigureView | undefined;
}

export interface TransposedConvAnimationProps
  extends AnimationOptions,
    Omit<FigureSpec, 'mode' | 'ceilMode'> {
  /**
   * `equivalent` (default): the paper's picture, the equivalent direct convolution over the
   * zero-inserted, padded input; `scatter`: each input cell stamps kernel × value onto the output,
   * sums accumulating, overlap shaded; `matrix`: y = M·x with M = Cᵀ, one output row a frame.
   */
  view?: FigureView | undefined;
}

export interface DilatedConvAnimationProps extends ConvAnimationProps {}

/**
 * A max or average pooling: PyTorch's MaxPool2d/AvgPool2d (count_include_pad), the stride
 * defaulting to the kernel. Values show by default (`showValues={false}` draws the picture alone),
 * laid out flat with the output to the right, as the paper's Figures 1.5 and 1.6.
 */
export interface PoolingAnimationProps
  extends AnimationOptions,
    Omit<FigureSpec, 'outputPadding' | 'padding' | 'mode'> {
  mode: PoolMode;
  /** The same on both sides of an axis, at most half the kernel (PyTorch's rule). */
  padding?: Size2D | undefined;
  /** Max pooling only (PyTorch's AvgPool2d has none). */
  dilation?: Size2D | undefined;
  /** The input to pool (a pooling has no kernel weights). */
  values?: { input?: Matrix | undefined } | undefined;
}
