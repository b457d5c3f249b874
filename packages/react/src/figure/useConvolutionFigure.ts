import { ConvArithmeticError, type Diagram } from '@conv-arithmetic/core';
import { useEffect, useMemo, useRef } from 'react';
import { type Playback, usePlayback } from '../playback/usePlayback';
import { useOnScreen, usePageVisible, usePrefersReducedMotion } from '../playback/visibility';
import type { DiagramNumbers } from '../svg/values';
import { useConvTheme } from '../theme/context';
import type { ConvTheme } from '../theme/tokens';
import { describeDiagram, describeFrame } from './describe';
import { diagramNumbers } from './numbers';
import type { AnimationOptions } from './props';
import { buildDiagram, type FigureKind, type FigureSpec, MAX_GRID_SIZE } from './spec';

export interface ConvolutionFigure {
  /** Null when the props are invalid; `error` then says why. */
  diagram: Diagram | null;
  error: ConvArithmeticError | null;
  numbers: DiagramNumbers | null;
  playback: Playback;
  theme: ConvTheme;
  title: string;
  /** Words for the current frame (the live region's text). */
  frameText: string;
  /** Attach to the element whose visibility gates the clock. */
  rootRef: React.RefObject<HTMLElement | null>;
}

function toError(error: unknown): ConvArithmeticError {
  if (error instanceof ConvArithmeticError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ConvArithmeticError('props', error, message);
}

/**
 * Everything an animation component needs, computed from its props: the diagram (or the error
 * that stopped it), the printed numbers, playback gated by visibility and reduced motion, the
 * theme in effect, and the accessible words. The components only render what this returns.
 */
export function useConvolutionFigure(
  kind: FigureKind,
  props: FigureSpec & AnimationOptions,
): ConvolutionFigure {
  const { input, kernel, stride, padding, dilation, outputPadding, values, showValues } = props;
  const maxGridSize = props.maxGridSize ?? MAX_GRID_SIZE;
  const theme = useConvTheme(props.theme);

  // Specs arrive as fresh arrays and objects on every render; key the memo on their content.
  const specKey = JSON.stringify([
    kind,
    input,
    kernel,
    stride,
    padding,
    dilation,
    outputPadding,
    maxGridSize,
  ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: specKey stands for the spec's content
  const built = useMemo(() => {
    try {
      const spec = { input, kernel, stride, padding, dilation, outputPadding };
      return { diagram: buildDiagram(kind, spec, maxGridSize), spec, error: null };
    } catch (error) {
      return { diagram: null, spec: null, error: toError(error) };
    }
  }, [specKey]);

  const wantNumbers = Boolean(showValues || values);
  const valuesKey = JSON.stringify(values ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: valuesKey stands for the values' content
  const numbered = useMemo(() => {
    if (!built.diagram || !built.spec || !wantNumbers) return { numbers: null, error: null };
    try {
      return { numbers: diagramNumbers(built.diagram, built.spec, values), error: null };
    } catch (error) {
      return { numbers: null, error: toError(error) };
    }
  }, [built, wantNumbers, valuesKey]);

  const error = built.error ?? numbered.error;
  const diagram = error ? null : built.diagram;

  // One console error per distinct problem, never one per render.
  const message = error ? `${error.param}: ${error.message}` : null;
  useEffect(() => {
    if (message) console.error(`conv-arithmetic: ${message}`);
  }, [message]);

  const rootRef = useRef<HTMLElement | null>(null);
  const onScreen = useOnScreen(rootRef);
  const pageVisible = usePageVisible();
  const reducedMotion = usePrefersReducedMotion();

  const playback = usePlayback({
    frameCount: diagram?.frameCount ?? 0,
    frame: props.frame,
    defaultFrame: props.defaultFrame,
    onFrameChange: props.onFrameChange,
    playing: props.playing,
    defaultPlaying: props.autoPlay ?? !reducedMotion,
    onPlayingChange: props.onPlayingChange,
    fps: props.fps,
    frameDuration: props.frameDuration,
    speed: props.speed,
    defaultSpeed: props.defaultSpeed,
    onSpeedChange: props.onSpeedChange,
    loop: props.loop,
    active: onScreen && pageVisible,
  });

  // The server cannot know the preference; honour it as soon as the client does.
  const { pause } = playback;
  const autoPlayUnset = props.autoPlay === undefined && props.playing === undefined;
  useEffect(() => {
    if (reducedMotion && autoPlayUnset) pause();
  }, [reducedMotion, autoPlayUnset, pause]);

  const title = props.title ?? (diagram ? describeDiagram(diagram, props) : 'Convolution diagram');
  const frameText = diagram ? describeFrame(diagram, diagram.frame(playback.frame)) : '';
  return { diagram, error, numbers: numbered.numbers, playback, theme, title, frameText, rootRef };
}
