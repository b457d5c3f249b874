'use client';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createFrameStore, type FrameStore } from '../frameSource';
import { useControlSwitchWarning } from './useControllableState';

/** A layout effect in the browser, nothing on the server (where React 18 would warn). */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

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
  const controlled = frame !== undefined;
  useControlSwitchWarning(controlled, 'frame');
  // Read by the store and the setter, which stay the same for the component's lifetime.
  const live = useRef({
    own: options.defaultFrame ?? 0,
    prop: frame,
    pending: undefined as number | undefined,
    count: frameCount,
    onChange: options.onFrameChange,
  });
  Object.assign(live.current, {
    prop: frame,
    pending: undefined,
    count: frameCount,
    onChange: options.onFrameChange,
  });
  const [state] = useState((): FrameState => {
    const raw = () => {
      const { prop, pending, own } = live.current;
      return prop === undefined ? own : (pending ?? prop);
    };
    const frames = createFrameStore(() => {
      const { prop, own, count } = live.current;
      return clampFrame(prop ?? own, count);
    });
    return {
      frames,
      latest: () => clampFrame(raw(), live.current.count),
      setFrame(next) {
        if (Object.is(next, raw())) return;
        if (live.current.prop === undefined) {
          live.current.own = next;
          frames.changed();
        } else live.current.pending = next;
        live.current.onChange?.(next);
      },
    };
  });
  // A new controlled frame or frame count reaches the subscribers that did not re-render with us.
  const { frames } = state;
  useBrowserLayoutEffect(() => frames.changed(), [frames, frame, frameCount]);
  return state;
}
