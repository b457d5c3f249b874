'use client';
import { useContext, useId, useMemo, useRef } from 'react';
import { type FrameSource, WithFrame } from '../frameSource';
import { useHydrated } from '../playback/useHydrated';
import type { Playback, PlaybackDriver } from '../playback/usePlayback';
import { rootClass, themeVariables } from '../theme/cssVariables';
import { ErrorMessage } from '../theme/ErrorMessage';
import { FigureStyles } from '../theme/FigureStyles';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { useBrowserLayoutEffect } from '../useBrowserLayoutEffect';
import { propsError } from '../validateProps';
import { PauseIcon, PlayIcon, RestartIcon, StepBackIcon, StepForwardIcon } from './icons';
import { InsideFigure } from './insideFigure';
import { SPEEDS } from './speeds';

export { SPEEDS };

export interface PlaybackControlsProps {
  /**
   * `usePlayback()`'s result, a figure's playback whose frame is read from `frames`, or any
   * object of Playback's shape with a `frame` and no `frames`.
   */
  playback: PlaybackDriver | Omit<Playback, 'frames'>;
  theme: ConvTheme;
  /** Names the group for assistive technology, e.g. the diagram's title. */
  label?: string | undefined;
  /** Extra controls (e.g. downloads) placed at the end of the bar. */
  children?: React.ReactNode;
}

/** A frame that never changes: a playback given with `frame` and no `frames`. */
const fixedFrame = (frame: number): FrameSource => ({
  get: () => frame,
  subscribe: () => () => {},
});

/** The menu's rates, plus a controlled rate that is not among them (a checked number). */
const speedOptions = (current: number): number[] =>
  (SPEEDS as readonly number[]).includes(current)
    ? [...SPEEDS]
    : [...SPEEDS, current].sort((a, b) => a - b);

/**
 * Play/pause, step, restart, a frame scrubber, a speed menu and "frame 3 / 9" — every control
 * labelled and keyboard operable (the figure adds Space, arrows, Home and End). Until the page
 * is hydrated (server HTML, JavaScript off) they show the paused state and are disabled: no
 * control that does nothing. An invalid theme, label or speed renders the inline alert naming it.
 *
 * A step re-renders only the count (which keeps its width) and writes the slider's position.
 *
 * @example
 * <PlaybackControls playback={usePlayback({ frameCount: 9 })} theme={classicTheme} label="Conv" />
 */
export function PlaybackControls({ playback, theme, label, children }: PlaybackControlsProps) {
  const ids = useId();
  const hydrated = useHydrated();
  const inFigure = useContext(InsideFigure);
  const { frameCount, speed, status, restart, step, toggle, pause, seek } = playback;
  const shown = 'frame' in playback ? playback.frame : 0;
  const fixed = useMemo(() => fixedFrame(shown), [shown]);
  const frames = 'frames' in playback ? playback.frames : fixed;
  const playing = hydrated && playback.playing;
  const shownStatus = hydrated ? status : 'paused';
  const error = useMemo(
    () => themeError(theme, true) ?? propsError({ label, speed }),
    [theme, label, speed],
  );
  const style = useMemo(() => themeVariables(theme), [theme]);
  const slider = useRef<HTMLInputElement>(null);
  const valueText = (frame: number) => `Frame ${frame + 1} of ${frameCount}`;
  // The slider follows the frame by writes, not renders: a React input re-rendered rewrites its
  // `type` and `name` (two mutations for nothing).
  useBrowserLayoutEffect(() => {
    const write = () => {
      const element = slider.current;
      if (!element) return;
      const frame = frames.get();
      element.value = String(frame + 1);
      const text = valueText(frame);
      if (element.getAttribute('aria-valuetext') !== text)
        element.setAttribute('aria-valuetext', text);
    };
    write();
    return frames.subscribe(write);
  }, [frames, frameCount]);
  // A step re-renders none of the buttons (only the count subscribes to the frame).
  const button = (name: string, onClick: () => void, icon: React.ReactNode, state?: string) => (
    <button
      className="ca-button"
      type="button"
      disabled={!hydrated}
      onClick={onClick}
      aria-label={name}
      data-state={state}
    >
      {icon}
    </button>
  );
  const transport = (
    <>
      {button('Restart', restart, <RestartIcon />)}
      {button('Previous frame', () => step(-1), <StepBackIcon />)}
      {button(
        playing ? 'Pause' : 'Play',
        toggle,
        playing ? <PauseIcon /> : <PlayIcon />,
        shownStatus,
      )}
      {button('Next frame', () => step(1), <StepForwardIcon />)}
    </>
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: later frames are written by the effect
  const scrubber = useMemo(
    () => (
      // The flex item is the span; the input inside keeps a fixed height, so writing its value
      // lays out the input alone.
      <span className="ca-scrub">
        <input
          ref={slider}
          className="ca-scrubber"
          type="range"
          disabled={!hydrated}
          min={1}
          max={Math.max(1, frameCount)}
          step={1}
          defaultValue={frames.get() + 1}
          aria-label="Frame"
          aria-valuetext={valueText(frames.get())}
          onChange={(event) => {
            pause();
            seek(Number(event.currentTarget.value) - 1);
          }}
        />
      </span>
    ),
    [hydrated, frameCount, pause, seek],
  );
  const menu = useMemo(
    () => (
      <>
        <label className="ca-sr" htmlFor={`${ids}-speed`}>
          Speed
        </label>
        <select
          className="ca-select"
          id={`${ids}-speed`}
          disabled={!hydrated}
          value={String(speed)}
          onChange={(event) => playback.setSpeed(Number(event.currentTarget.value))}
        >
          {speedOptions(speed).map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </>
    ),
    [hydrated, ids, speed, playback.setSpeed],
  );
  if (error) return <ErrorMessage error={error} theme={theme} />;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of controls, not a form's fieldset
    <div
      className={rootClass('ca-bar', theme)}
      style={style}
      role="group"
      aria-label={label ? `${label} playback` : 'Playback'}
    >
      {!inFigure && <FigureStyles />}
      {transport}
      {scrubber}
      {/* The widest count, unseen (::before), holds the width: the figure never shifts. */}
      <span
        className="ca-counter"
        aria-hidden="true"
        data-widest={`frame ${frameCount} / ${frameCount}`}
      >
        <WithFrame frames={frames}>
          {(frame) => (
            // One text node: a step rewrites it alone.
            <span>{`frame ${frame + 1} / ${frameCount}`}</span>
          )}
        </WithFrame>
      </span>
      {menu}
      {children}
    </div>
  );
}
