import type { Matrix } from '@conv-arithmetic/core';
import type { CSSProperties, ReactNode } from 'react';
import type { DownloadFormat } from '../export/browserDownload';
import type { LayoutKind } from '../svg/layout';
import type { ThemeOverrides } from '../theme/tokens';
import type { FigureSpec } from './spec';

/** Props every animation component takes, besides its convolution spec. */
export interface AnimationOptions {
  /** Start playing on mount (default: true, unless the user prefers reduced motion). */
  autoPlay?: boolean | undefined;
  /** Start over after the last frame (default true). */
  loop?: boolean | undefined;
  /** Frames per second (default 1: the paper's 1.0 s per frame). */
  fps?: number | undefined;
  /** Milliseconds per frame; overrides `fps`. */
  frameDuration?: number | undefined;
  /** Show the playback controls (default true). */
  controls?: boolean | undefined;
  /** Print numbers in cells; the output shows the computed values. */
  showValues?: boolean | undefined;
  /** The numbers to print (implies `showValues`); shapes must match the spec. */
  values?: { input?: Matrix | undefined; kernel?: Matrix | undefined } | undefined;
  /** One cell in px (default: the theme's). */
  cellSize?: number | undefined;
  /** `perspective` (the paper's picture; default) or `flat` (default when values are shown). */
  layout?: LayoutKind | undefined;
  /** "input"/"output" labels and the legend (default true). */
  labels?: boolean | undefined;
  /** Accessible name (default: a sentence from the spec). */
  title?: string | undefined;
  /** Visible caption under the diagram. */
  caption?: ReactNode;
  /** Token overrides for this diagram, over the nearest ConvThemeProvider. */
  theme?: ThemeOverrides | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /** Controlled frame (0-based) with `onFrameChange`; or `defaultFrame` uncontrolled. */
  frame?: number | undefined;
  defaultFrame?: number | undefined;
  onFrameChange?: ((frame: number) => void) | undefined;
  /** Controlled play state with `onPlayingChange`. */
  playing?: boolean | undefined;
  onPlayingChange?: ((playing: boolean) => void) | undefined;
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
  /** Largest grid drawn, in cells per side (default 64); larger specs render an error. */
  maxGridSize?: number | undefined;
}

export interface ConvAnimationProps extends AnimationOptions, Omit<FigureSpec, 'outputPadding'> {}

export interface TransposedConvAnimationProps extends AnimationOptions, FigureSpec {}

export interface DilatedConvAnimationProps extends ConvAnimationProps {}
