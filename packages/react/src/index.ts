export { ConvAnimation, DilatedConvAnimation, TransposedConvAnimation } from './animations';
export type { PlaybackControlsProps } from './controls/PlaybackControls';
export { PlaybackControls } from './controls/PlaybackControls';
export { SPEEDS } from './controls/speeds';
export type { DownloadRequest } from './export/browserDownload';
export { downloadFigure } from './export/download';
export { describeDiagram, describeFrame } from './figure/describe';
export type { EquationTerm, FrameEquation } from './figure/equation';
export { frameEquation, spokenEquation } from './figure/equation';
export { frameText } from './figure/frameText';
export type { FigureModel, Reveal } from './figure/model';
export { createFigureModel } from './figure/model';
export type {
  AnimationOptions,
  ConvAnimationProps,
  DilatedConvAnimationProps,
  DownloadFormat,
  FigureFit,
  PoolingAnimationProps,
  TransposedConvAnimationProps,
} from './figure/props';
export type { FigureKind, FigureSpec } from './figure/spec';
export type { ConvolutionFigure } from './figure/useConvolutionFigure';
export { useConvolutionFigure } from './figure/useConvolutionFigure';
export type { FrameSource } from './frameSource';
export { useFrame } from './frameSource';
export type { ClockListener, FrameClock, FrameScheduler } from './playback/clock';
export { createFrameClock, sharedFrameClock } from './playback/clock';
export type { PlaybackEvent, PlaybackStatus } from './playback/machine';
export { nextStatus } from './playback/machine';
export type { Playback, PlaybackDriver, PlaybackOptions } from './playback/usePlayback';
export { usePlayback, usePlaybackDriver } from './playback/usePlayback';
export { useOnScreen, usePageVisible, usePrefersReducedMotion } from './playback/visibility';
export type { ConvPlaygroundProps } from './playground/ConvPlayground';
export { ConvPlayground } from './playground/ConvPlayground';
export type { FrameworkLine, PlaygroundCode } from './playground/code';
export { playgroundCode } from './playground/code';
export type { PlaygroundState, PlaygroundThemeName } from './playground/state';
export { DEFAULT_PLAYGROUND_STATE } from './playground/state';
export { searchToState, stateToSearch } from './playground/url';
export { PoolingAnimation } from './pooling';
export type { DiagramSvgProps } from './svg/DiagramSvg';
export { DiagramSvg } from './svg/DiagramSvg';
export type { HoverTarget } from './svg/Highlight';
export type { LayoutKind } from './svg/layout';
export type { DiagramNumbers } from './svg/values';
export { ConvThemeProvider, useConvTheme } from './theme/context';
export { defineTheme } from './theme/defineTheme';
export { ErrorMessage } from './theme/ErrorMessage';
export type { ThemePresetName } from './theme/presets';
export { THEME_KEY } from './theme/themeKey';
export type { ConvTheme, ThemeOverrides } from './theme/tokens';
export {
  autoTheme,
  classicTheme,
  darkTheme,
  highContrastTheme,
  slideTheme,
} from './theme/tokens';
export type { FigureOrder, FigureView } from './views/kind';
