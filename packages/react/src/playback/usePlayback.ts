'use client';
import { useCallback, useEffect, useRef } from 'react';
import { type FrameSource, useFrame } from '../frameSource';
import { type FrameClock, sharedFrameClock } from './clock';
import { nextStatus, type PlaybackEvent, type PlaybackStatus } from './machine';
import { useControllableState } from './useControllableState';
import { useFrameRangeWarning } from './useFrameRangeWarning';
import { clampFrame, useFrameState } from './useFrameState';

export interface PlaybackOptions {
  frameCount: number;
  /** Controlled frame; pair with `onFrameChange`. */
  frame?: number | undefined;
  /** Uncontrolled starting frame. */
  defaultFrame?: number | undefined;
  onFrameChange?: ((frame: number) => void) | undefined;
  /** Controlled play state; pair with `onPlayingChange`. */
  playing?: boolean | undefined;
  /**
   * Uncontrolled starting play state (the components' `autoPlay`); default true, but false when
   * `frame` is given: a pinned figure is a still until asked to play.
   */
  defaultPlaying?: boolean | undefined;
  onPlayingChange?: ((playing: boolean) => void) | undefined;
  /** Frames per second at speed 1 (default 1, the paper's 1.0 s per frame). */
  fps?: number | undefined;
  /** Milliseconds per frame at speed 1; overrides `fps`. */
  frameDuration?: number | undefined;
  speed?: number | undefined;
  defaultSpeed?: number | undefined;
  onSpeedChange?: ((speed: number) => void) | undefined;
  /** Start over after the last frame (default true); otherwise stop there. */
  loop?: boolean | undefined;
  /** False holds time still (off-screen, hidden tab) without changing the play state. */
  active?: boolean | undefined;
  /** The ticking source; all diagrams share one requestAnimationFrame loop by default. */
  clock?: FrameClock | undefined;
}

/**
 * Playback without the current frame as a value: its `frames` source says the frame to whoever
 * subscribes, so the component holding it does not re-render on each step.
 */
export interface PlaybackDriver {
  /** The current frame, to read (`frames.get()`) or subscribe to (`useFrame(frames)`). */
  frames: FrameSource;
  frameCount: number;
  status: PlaybackStatus;
  playing: boolean;
  speed: number;
  loop: boolean;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Moves by `delta` frames (wrapping when looping) and pauses, like a video player's step. */
  step(delta?: number): void;
  seek(frame: number): void;
  restart(): void;
  setSpeed(speed: number): void;
}

export interface Playback extends PlaybackDriver {
  /** The current frame (the component calling usePlayback re-renders on each step). */
  frame: number;
}

/**
 * Milliseconds between frames, or null when the pace means "never": a zero, negative or
 * non-finite duration (fps 0 or NaN, say) must not turn into a tick on every vsync.
 *
 * @example
 * frameInterval({ fps: 4, speed: 2 }) // 125
 * frameInterval({ fps: 0, speed: 1 }) // null: hold still
 */
export function frameInterval(options: {
  fps?: number | undefined;
  frameDuration?: number | undefined;
  speed: number;
}): number | null {
  const base = options.frameDuration ?? 1000 / (options.fps ?? 1);
  const duration = base / (options.speed > 0 ? options.speed : 1);
  return Number.isFinite(duration) && duration > 0 ? duration : null;
}

/**
 * Headless playback over `frameCount` frames: time lives here, pixels elsewhere. Controlled or
 * uncontrolled like a React input, ticking on one shared clock only while playing and active.
 *
 * @example
 * const playback = usePlayback({ frameCount: diagram.frameCount, fps: 2 })
 * <button onClick={playback.toggle}>{playback.playing ? 'Pause' : 'Play'}</button>
 */
export function usePlayback(options: PlaybackOptions): Playback {
  const driver = usePlaybackDriver(options);
  return { ...driver, frame: useFrame(driver.frames) };
}

/**
 * usePlayback without subscribing to the frame: the caller re-renders when the play state,
 * speed or frame count change, never on a step. The animated figures use it and subscribe only
 * their overlay, count and words to `frames`.
 *
 * @example
 * const playback = usePlaybackDriver({ frameCount: 9 })
 * const frame = useFrame(playback.frames) // in the child that draws the frame
 */
export function usePlaybackDriver(options: PlaybackOptions): PlaybackDriver {
  const { frameCount, loop = true, active = true } = options;
  // A frame given without onFrameChange is read-only, like an input's value without onChange:
  // nothing can move it, so it never reads as playing.
  const readOnly = options.frame !== undefined && options.onFrameChange === undefined;
  const { frames, setFrame, latest } = useFrameState(options);
  const [status, setStatus] = useControllableState<PlaybackStatus>({
    prop: options.playing === undefined ? undefined : options.playing ? 'playing' : 'paused',
    defaultProp:
      (options.defaultPlaying ?? options.frame === undefined) && !readOnly ? 'playing' : 'paused',
    onChange: (next) => options.onPlayingChange?.(next === 'playing'),
    name: 'playing',
  });
  const [speed, setSpeed] = useControllableState({
    prop: options.speed,
    defaultProp: options.defaultSpeed ?? 1,
    onChange: options.onSpeedChange,
    name: 'speed',
  });

  useFrameRangeWarning(
    options.frame === undefined ? 'defaultFrame' : 'frame',
    options.frame ?? options.defaultFrame ?? 0,
    frameCount,
  );
  const last = Math.max(0, frameCount - 1);
  // The clock listener reads these through a ref, so it never re-subscribes on a step; the frame
  // comes from `latest`, so ticks that land before a controlling parent renders still count.
  const live = useRef({ last, loop, readOnly });
  live.current = { last, loop, readOnly };
  const dispatch = useCallback(
    (event: PlaybackEvent) =>
      setStatus((current) => {
        const next = nextStatus(current, event);
        return live.current.readOnly && next === 'playing' ? current : next;
      }),
    [setStatus],
  );
  const advance = useCallback(() => {
    const { last: end, loop: looping } = live.current;
    const current = latest();
    if (current < end) setFrame(current + 1);
    else if (looping) setFrame(0);
    else dispatch('END');
  }, [setFrame, dispatch, latest]);

  const duration = frameInterval({ fps: options.fps, frameDuration: options.frameDuration, speed });
  const running = status === 'playing' && active && frameCount > 0 && duration !== null;
  const clock = options.clock;

  useEffect(() => {
    if (!running || duration === null) return;
    let previous: number | null = null;
    let elapsed = 0;
    return (clock ?? sharedFrameClock()).subscribe((now) => {
      if (previous !== null) elapsed += now - previous;
      previous = now;
      if (elapsed >= duration) {
        // Keep the remainder for an even pace, but drop a backlog: a stalled tab never bursts.
        elapsed -= duration;
        if (elapsed >= duration) elapsed = 0;
        advance();
      }
      return duration - elapsed; // the clock may sleep until then
    });
  }, [running, duration, clock, advance]);

  const play = useCallback(() => {
    if (latest() >= live.current.last && !live.current.loop) setFrame(0);
    dispatch('PLAY');
  }, [dispatch, setFrame, latest]);
  const pause = useCallback(() => dispatch('PAUSE'), [dispatch]);
  const toggle = useCallback(() => {
    if (status === 'playing') pause();
    else play();
  }, [status, play, pause]);

  const seek = useCallback(
    (target: number) => {
      const next = clampFrame(target, live.current.last + 1);
      setFrame(next);
      if (next < live.current.last) dispatch('REWIND');
    },
    [setFrame, dispatch],
  );

  const step = useCallback(
    (delta = 1) => {
      dispatch('PAUSE');
      const { last: end, loop: looping } = live.current;
      const current = latest();
      const count = end + 1;
      const target = looping ? (((current + delta) % count) + count) % count : current + delta;
      seek(target);
    },
    [dispatch, seek, latest],
  );

  const restart = useCallback(() => seek(0), [seek]);

  return {
    frames,
    frameCount,
    status,
    playing: status === 'playing',
    speed,
    loop,
    play,
    pause,
    toggle,
    step,
    seek,
    restart,
    setSpeed,
  };
}
