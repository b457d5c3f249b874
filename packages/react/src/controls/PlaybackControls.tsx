import { memo, useId, useLayoutEffect, useMemo, useRef } from 'react';
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
 * A step re-renders only the frame's position (scrubber and count); the buttons and the menu are
 * memoised, and the count keeps its width, so nothing around it is laid out again.
 *
 * @example
 * <PlaybackControls playback={usePlayback({ frameCount: 9 })} theme={classicTheme} label="Conv" />
 */
export function PlaybackControls({ playback, theme, label, children }: PlaybackControlsProps) {
  const { frame, frameCount, playing, speed, status } = playback;
  const error = useMemo(
    () => themeError(theme, true) ?? propsError({ label, speed }),
    [theme, label, speed],
  );
  const style = useMemo(() => themeVariables(theme), [theme]);
  if (error) return <ErrorMessage error={error} theme={theme} />;
  return (
    <Bar style={style} role="group" aria-label={label ? `${label} playback` : 'Playback'}>
      <Transport
        restart={playback.restart}
        step={playback.step}
        toggle={playback.toggle}
        playing={playing}
        status={status}
      />
      <FramePosition
        frame={frame}
        frameCount={frameCount}
        pause={playback.pause}
        seek={playback.seek}
      />
      <SpeedMenu speed={speed} setSpeed={playback.setSpeed} />
      {children}
    </Bar>
  );
}

const Transport = memo(function Transport(props: {
  restart: () => void;
  step: (delta?: number) => void;
  toggle: () => void;
  playing: boolean;
  status: Playback['status'];
}) {
  const { restart, step, toggle, playing, status } = props;
  return (
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
  );
});

/**
 * The scrubber and "frame 3 / 9". The slider is rendered once per frame count and its position
 * written straight to the element: re-rendering a React input rewrites its `type` and `name`
 * on every update, two mutations a step for nothing.
 */
function FramePosition(props: {
  frame: number;
  frameCount: number;
  pause: () => void;
  seek: (frame: number) => void;
}) {
  const { frame, frameCount, pause, seek } = props;
  const slider = useRef<HTMLInputElement>(null);
  const valueText = `Frame ${frame + 1} of ${frameCount}`;
  // The first render (and the server's) writes the attributes; later frames only these two.
  const initial = useRef({ value: frame + 1, valueText });
  useLayoutEffect(() => {
    const element = slider.current;
    if (!element) return;
    if (element.value !== String(frame + 1)) element.value = String(frame + 1);
    if (element.getAttribute('aria-valuetext') !== valueText)
      element.setAttribute('aria-valuetext', valueText);
  }, [frame, valueText]);
  const scrubber = useMemo(
    () => (
      <Scrubber
        ref={slider}
        type="range"
        min={1}
        max={Math.max(1, frameCount)}
        step={1}
        defaultValue={initial.current.value}
        aria-label="Frame"
        aria-valuetext={initial.current.valueText}
        onChange={(event) => {
          pause();
          seek(Number(event.currentTarget.value) - 1);
        }}
      />
    ),
    [frameCount, pause, seek],
  );
  return (
    <>
      {scrubber}
      {/* The widest count, unseen (::before), holds the width: the figure never shifts. */}
      <Counter aria-hidden="true" data-widest={`frame ${frameCount} / ${frameCount}`}>
        <span>
          frame {frame + 1} / {frameCount}
        </span>
      </Counter>
    </>
  );
}

const SpeedMenu = memo(function SpeedMenu(props: {
  speed: number;
  setSpeed: (speed: number) => void;
}) {
  const ids = useId();
  const { speed, setSpeed } = props;
  return (
    <>
      <VisuallyHidden as="label" htmlFor={`${ids}-speed`}>
        Speed
      </VisuallyHidden>
      <Select
        id={`${ids}-speed`}
        value={String(speed)}
        onChange={(event) => setSpeed(Number(event.currentTarget.value))}
      >
        {speedOptions(speed).map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </Select>
    </>
  );
});
