'use client';
import { useContext, useId } from 'react';
import { useHydrated } from '../playback/useHydrated';
import type { Playback } from '../playback/usePlayback';
import { rootClass, themeVariables } from '../theme/cssVariables';
import { ErrorMessage } from '../theme/ErrorMessage';
import { FigureStyles } from '../theme/FigureStyles';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { propsError } from '../validateProps';
import { PauseIcon, PlayIcon, RestartIcon, StepBackIcon, StepForwardIcon } from './icons';
import { InsideFigure } from './insideFigure';
import { SPEEDS } from './speeds';

export { SPEEDS };

export interface PlaybackControlsProps {
  playback: Playback;
  theme: ConvTheme;
  /** Names the group for assistive technology, e.g. the diagram's title. */
  label?: string | undefined;
  /** Extra controls (e.g. downloads) placed at the end of the bar. */
  children?: React.ReactNode;
}

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
 * @example
 * <PlaybackControls playback={usePlayback({ frameCount: 9 })} theme={classicTheme} label="Conv" />
 */
export function PlaybackControls({ playback, theme, label, children }: PlaybackControlsProps) {
  const ids = useId();
  const hydrated = useHydrated();
  const inFigure = useContext(InsideFigure);
  const { frame, frameCount, speed } = playback;
  const playing = hydrated && playback.playing;
  const error = themeError(theme, true) ?? propsError({ label, speed });
  if (error) return <ErrorMessage error={error} theme={theme} />;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of controls, not a form's fieldset
    <div
      className={rootClass('ca-bar', theme)}
      style={themeVariables(theme)}
      role="group"
      aria-label={label ? `${label} playback` : 'Playback'}
    >
      {!inFigure && <FigureStyles />}
      <button
        className="ca-button"
        type="button"
        disabled={!hydrated}
        onClick={playback.restart}
        aria-label="Restart"
      >
        <RestartIcon />
      </button>
      <button
        className="ca-button"
        type="button"
        disabled={!hydrated}
        onClick={() => playback.step(-1)}
        aria-label="Previous frame"
      >
        <StepBackIcon />
      </button>
      <button
        className="ca-button"
        type="button"
        disabled={!hydrated}
        onClick={playback.toggle}
        aria-label={playing ? 'Pause' : 'Play'}
        data-state={hydrated ? playback.status : 'paused'}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button
        className="ca-button"
        type="button"
        disabled={!hydrated}
        onClick={() => playback.step(1)}
        aria-label="Next frame"
      >
        <StepForwardIcon />
      </button>
      <input
        className="ca-scrubber"
        type="range"
        disabled={!hydrated}
        min={1}
        max={Math.max(1, frameCount)}
        step={1}
        value={frame + 1}
        aria-label="Frame"
        aria-valuetext={`Frame ${frame + 1} of ${frameCount}`}
        onChange={(event) => {
          playback.pause();
          playback.seek(Number(event.currentTarget.value) - 1);
        }}
      />
      {/* The widest count, unseen (::before), holds the width: the figure never shifts. */}
      <span
        className="ca-counter"
        aria-hidden="true"
        data-widest={`frame ${frameCount} / ${frameCount}`}
      >
        <span>
          frame {frame + 1} / {frameCount}
        </span>
      </span>
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
      {children}
    </div>
  );
}
