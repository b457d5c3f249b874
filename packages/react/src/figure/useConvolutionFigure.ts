'use client';
import { ConvArithmeticError } from '@conv-arithmetic/core';
import { useEffect, useMemo, useRef } from 'react';
import { contentKey } from '../checks';
import { useFrame } from '../frameSource';
import { type Playback, type PlaybackDriver, usePlaybackDriver } from '../playback/usePlayback';
import { useOnScreen, usePageVisible, usePrefersReducedMotion } from '../playback/visibility';
import { useThemeState } from '../theme/context';
import type { ConvTheme } from '../theme/tokens';
import { passingProps, propsError } from '../validateProps';
import type { FigureView } from '../views/kind';
import { frameText as wordsFor } from './frameText';
import { createFigureModel, type FigureModel, modelFrom } from './model';
import type { AnimationOptions } from './props';
import type { FigureRecipe } from './recipe';
import type { FigureKind, FigureSpec } from './spec';

/** A figure whose frame is read from `playback.frames`: its holder does not re-render on a step. */
export interface FigureDriver {
  /** What to draw (diagram, numbers, layout, title); null when the props are invalid. */
  model: FigureModel | null;
  /** Why the props are invalid, or null. */
  error: ConvArithmeticError | null;
  playback: PlaybackDriver;
  theme: ConvTheme;
  title: string;
  /** Attach to the element whose visibility gates the clock. */
  rootRef: React.RefObject<HTMLElement | null>;
}

export interface ConvolutionFigure extends FigureDriver {
  playback: Playback;
  /** Words for the current frame (the live region's text); empty for the scatter and matrix views. */
  frameText: string;
}

function toError(error: unknown): ConvArithmeticError {
  if (error instanceof ConvArithmeticError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConvArithmeticError('props', error, message);
}

/**
 * Everything an animation component needs, computed from its props: the figure model (or the
 * error that stopped it), playback gated by visibility and reduced motion, the
 * theme in effect, and the accessible words. The components only render what this returns.
 */
export function useConvolutionFigure(
  kind: FigureKind,
  props: FigureSpec & AnimationOptions & { view?: FigureView | undefined },
): ConvolutionFigure {
  const figure = useFigure(kind, props, (props) => createFigureModel(kind, props));
  const frame = useFrame(figure.playback.frames);
  const { model } = figure;
  // The scatter and matrix views word their frames themselves, in the code they load on use.
  const frameText = model?.view === 'equivalent' ? wordsFor(model, frame) : '';
  return { ...figure, playback: { ...figure.playback, frame }, frameText };
}

/** useConvolutionFigure without subscribing to the frame (the explainer's: it subscribes its parts). */
export function useFigureDriver(kind: FigureKind, props: FigureProps): FigureDriver {
  return useFigure(kind, props, (props) => createFigureModel(kind, props));
}

/**
 * useConvolutionFigure with the recipe given (the components pass their own, see FigureRecipe),
 * and without subscribing to the frame: the component re-renders only what draws it.
 */
export function useFigureWith(
  recipe: FigureRecipe,
  kind: FigureKind,
  props: FigureProps,
): FigureDriver {
  return useFigure(kind, props, (props) => modelFrom(recipe, kind, props));
}

type FigureProps = FigureSpec & AnimationOptions & { view?: FigureView | undefined };

function useFigure(
  kind: FigureKind,
  props: FigureProps,
  create: (props: FigureProps) => FigureModel,
): FigureDriver {
  const { theme, error: themeError } = useThemeState(props.theme);
  const { input, kernel, stride, padding, dilation, outputPadding, mode, ceilMode } = props;
  const { inChannels, outChannels, groups, paddingMode } = props;
  const layers = { inChannels, outChannels, groups, paddingMode };
  const { values, showValues, layout, title, maxGridSize, reveal, equation, view } = props;

  // Specs and values arrive as fresh arrays and objects on every render: key on their content
  // (contentKey never throws, even on BigInt or cycles). A re-render of the figure's own (a
  // step) keeps the props object, and skips the serialising.
  // biome-ignore lint/correctness/useExhaustiveDependencies: props stands for every value read
  const modelKey = useMemo(
    () =>
      contentKey([
        kind,
        [input, kernel, stride, padding, dilation, outputPadding, mode, ceilMode, maxGridSize],
        [values ?? null, showValues, layout, title, reveal, equation, view],
        layers,
      ]),
    [kind, props],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: modelKey stands for these props' content
  const built = useMemo(() => {
    try {
      const model = create({
        ...{ input, kernel, stride, padding, dilation, outputPadding, mode, ceilMode, maxGridSize },
        ...{ values, showValues, layout, title, reveal, equation, view },
        ...layers,
      });
      return { model, error: null };
    } catch (error) {
      return { model: null, error: toError(error) };
    }
  }, [modelKey]);
  // Every new props object is checked, before the memoised model is used.
  const propsProblem = useMemo(() => propsError(props), [props]);
  const error = propsProblem ?? themeError ?? built.error;
  const model = error ? null : built.model;

  // One console error per distinct problem, never one per render; development builds only.
  const message = error ? `${error.param}: ${error.message}` : null;
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && message)
      console.error(`conv-arithmetic: invalid props: ${message}`);
  }, [message]);

  const rootRef = useRef<HTMLElement | null>(null);
  const onScreen = useOnScreen(rootRef);
  const pageVisible = usePageVisible();
  const reducedMotion = usePrefersReducedMotion();

  // The clock never sees a value that failed its rule; the alert names it instead.
  const timing = error ? passingProps(props) : props;
  const playback = usePlaybackDriver({
    frameCount: model?.frameCount ?? 0,
    frame: timing.frame,
    defaultFrame: timing.defaultFrame,
    onFrameChange: timing.onFrameChange,
    playing: timing.playing,
    // Unset, the hook decides: playing, unless a frame is pinned or motion is unwelcome.
    defaultPlaying: timing.autoPlay ?? (reducedMotion ? false : undefined),
    onPlayingChange: timing.onPlayingChange,
    fps: timing.fps,
    frameDuration: timing.frameDuration,
    speed: timing.speed,
    defaultSpeed: timing.defaultSpeed,
    onSpeedChange: timing.onSpeedChange,
    loop: timing.loop,
    active: onScreen && pageVisible,
  });

  // The server cannot know the preference; honour it as soon as the client does.
  const { pause } = playback;
  const autoPlayUnset = props.autoPlay === undefined && props.playing === undefined;
  useEffect(() => {
    if (reducedMotion && autoPlayUnset) pause();
  }, [reducedMotion, autoPlayUnset, pause]);

  return {
    model,
    error,
    playback,
    theme,
    title: model?.title ?? props.title ?? 'Convolution diagram',
    rootRef,
  };
}
