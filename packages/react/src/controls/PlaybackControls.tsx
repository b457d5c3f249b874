import { useId, useLayoutEffect, useMemo, useRef } from 'react';
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
 * A step re-renders only the count (which keeps its width) and writes the slider's position.
 *
 * @example
 * <PlaybackControls playback={usePlayback({ frameCount: 9 })} theme={classicTheme} label="Conv" />
 */
export function PlaybackControls({ playback, theme, label, children }: PlaybackControlsProps) {
  const ids = useId();
  const { frame, frameCount, playing, speed, status, restart, step, toggle, pause, seek } =
    playback;
  const error = useMemo(
    () => themeError(theme, true) ?? propsError({ label, speed }),
    [theme, label, speed],
  );
  const style = useMemo(() => themeVariables(theme), [theme]);
  const slider = useRef<HTMLInputElement>(null);
  const valueText = `Frame ${frame + 1} of ${frameCount}`;
  useLayoutEffect(() => {
    const element = slider.current;
    if (!element) return;
    element.value = String(frame + 1);
    if (element.getAttribute('aria-valuetext') !== valueText)
      element.setAttribute('aria-valuetext', valueText);
  }, [frame, valueText]);
  // The buttons, the menu and the slider are made once per change of what they show, so a step
  // re-renders none of them: a React input re-rendered rewrites its `type` and `name` (two
  // mutations for nothing); the slider is drawn with the frame of its render, and later frames
  // are written by the effect above.
  const transport = useMemo(
    () => (
      <>
        <Button type="button" onClick={restart} aria-label="Restart">
          <RestartIcon />
        </Button>
        <Button type="button" onClick={() => step(-1)} aria-label="Previous frame">
          <StepBackIcon />
        </Button>
        <Button
          type="button"
          onClick={toggle}
          aria-label={playing ? 'Pause' : 'Play'}
          data-state={status}
        >
          {playing ? <PauseIcon /> : <PlayIcon />}
        </Button>
        <Button type="button" onClick={() => step(1)} aria-label="Next frame">
          <StepForwardIcon />
        </Button>
      </>
    ),
    [restart, step, toggle, playing, status],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: later frames are written by the effect
  const scrubber = useMemo(
    () => (
      <Scrubber
        ref={slider}
        type="range"
        min={1}
        max={Math.max(1, frameCount)}
        step={1}
        defaultValue={frame + 1}
        aria-label="Frame"
        aria-valuetext={valueText}
        onChange={(event) => {
          pause();
          seek(Number(event.currentTarget.value) - 1);
        }}
      />
    ),
    [frameCount, pause, seek],
  );
  const menu = useMemo(
    () => (
      <>
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
      </>
    ),
    [ids, speed, playback.setSpeed],
  );
  if (error) return <ErrorMessage error={error} theme={theme} />;
  return (
    <Bar style={style} role="group" aria-label={label ? `${label} playback` : 'Playback'}>
      {transport}
      {scrubber}
      {/* The widest count, unseen (::before), holds the width: the figure never shifts. */}
      <Counter aria-hidden="true" data-widest={`frame ${frameCount} / ${frameCount}`}>
        <span>
          frame {frame + 1} / {frameCount}
        </span>
      </Counter>
      {menu}
      {children}
    </Bar>
  );
}
