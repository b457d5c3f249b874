'use client';
import { useRef, useState } from 'react';
import { createFrameStore, type FrameStore } from '../frameSource';
import { useBrowserLayoutEffect } from '../useBrowserLayoutEffect';
import { useControlSwitchWarning } from './useControllableState';

/** `frame` as a whole frame in 0…count−1 (0 for NaN and ±∞). */
export const clampFrame = (frame: number, count: number) =>
  Math.min(Math.max(0, Math.trunc(Number.isFinite(frame) ? frame : 0)), Math.max(0, count - 1));

export interface FrameState {
  /** The frame shown, clamped to the frames there are. */
  frames: FrameStore;
  /** The latest frame asked for, clamped, including one a controlling parent has not rendered yet. */
  latest(): number;
  setFrame(next: number): void;
}

/**
 * The playback's frame, controlled (`frame` + `onFrameChange`) or not (`defaultFrame`), like a
 * React input; but held in a FrameStore instead of React state, so a step re-renders the store's
 * subscribers and not the component that owns the playback.
 *
 * @example
 * const { frames, setFrame } = useFrameState({ frameCount: 9, defaultFrame: 0 })
 */
export function useFrameState(options: {
  frameCount: number;
  frame?: number | undefined;
  defaultFrame?: number | undefined;
  onFrameChange?: ((frame: number) => void) | undefined;
}): FrameState {
  const { frame, frameCount } = options;
  useControlSwitchWarning(frame !== undefined, 'frame');
  // Read by the store and the setter, which stay the same for the component's lifetime; a
  // render drops what a controlling parent was asked but did not take.
  const live = useRef({
    own: options.defaultFrame ?? 0,
    pending: undefined as number | undefined,
    options,
  });
  live.current.options = options;
  live.current.pending = undefined;
  const [state] = useState((): FrameState => {
    /** The controlled or own frame; with `asked`, one a controlling parent has not rendered yet. */
    const raw = (asked?: boolean) => {
      const { own, pending, options } = live.current;
      if (options.frame === undefined) return own;
      return asked && pending !== undefined ? pending : options.frame;
    };
    const clamped = (asked?: boolean) => clampFrame(raw(asked), live.current.options.frameCount);
    const frames = createFrameStore(() => clamped());
    return {
      frames,
      latest: () => clamped(true),
      setFrame(next) {
        const current = live.current;
        if (Object.is(next, raw(true))) return;
        if (current.options.frame === undefined) {
          current.own = next;
          frames.changed();
        } else current.pending = next;
        current.options.onFrameChange?.(next);
      },
    };
  });
  // A new controlled frame or frame count reaches the subscribers that did not re-render with us.
  const { frames } = state;
  useBrowserLayoutEffect(() => frames.changed(), [frames, frame, frameCount]);
  return state;
}
