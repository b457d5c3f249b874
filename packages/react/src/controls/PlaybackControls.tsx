'use client';
import { useId } from 'react';
import { ErrorMessage } from '../figure/ErrorMessage';
import { propsError } from '../figure/validateProps';
import type { Playback } from '../playback/usePlayback';
import { themeVariables } from '../theme/cssVariables';
import type { ConvTheme } from '../theme/tokens';
import { themeError } from '../theme/validateTheme';
import { PauseIcon, PlayIcon, RestartIcon, StepBackIcon, StepForwardIcon } from './icons';
import { SPEEDS } from './speeds';
import { Bar, Button, Counter, Scrubber, Select, VisuallyHidden } from './styles';

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
 * labelled and keyboard operable (the figure adds Space, arrows, Home and End). An invalid
 * theme, label or speed renders the inline alert naming it.
 *
 * @example
 * <PlaybackControls playback={usePlayback({ frameCount: 9 })} theme={classicTheme} label="Conv" />
 */
export function PlaybackControls({ playback, theme, label, children }: PlaybackControlsProps) {
  const ids = useId();
  const { frame, frameCount, playing, speed } = playback;
  const error = themeError(theme, true) ?? propsError({ label, speed });
  if (error) return <ErrorMessage error={error} theme={theme} />;
  return (
    <Bar
      style={themeVariables(theme)}
      role="group"
      aria-label={label ? `${label} playback` : 'Playback'}
    >
      <Button type="button" onClick={playback.restart} aria-label="Restart">
        <RestartIcon />
      </Button>
      <Button type="button" onClick={() => playback.step(-1)} aria-label="Previous frame">
        <StepBackIcon />
      </Button>
      <Button
        type="button"
        onClick={playback.toggle}
        aria-label={playing ? 'Pause' : 'Play'}
        data-state={playback.status}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </Button>
      <Button type="button" onClick={() => playback.step(1)} aria-label="Next frame">
        <StepForwardIcon />
      </Button>
      <Scrubber
        type="range"
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
      <Counter aria-hidden="true" data-widest={`frame ${frameCount} / ${frameCount}`}>
        <span>
          frame {frame + 1} / {frameCount}
        </span>
      </Counter>
      <VisuallyHidden as="label" htmlFor={`${ids}-speed`}>
        Speed
      </VisuallyHidden>
      <Select
        id={`${ids}-speed`}
        value={String(speed)}
        onChange={(event) => playback.setSpeed(Number(event.currentTarget.value))}
      >
        {speedOptions(speed).map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </Select>
      {children}
    </Bar>
  );
}
