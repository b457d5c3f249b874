'use client';
import { type ReactNode, type RefObject, useEffect, useReducer, useRef } from 'react';
import { useBrowserLayoutEffect } from './useBrowserLayoutEffect';

/**
 * The current frame, readable and watchable without re-rendering whoever holds it: the figure
 * keeps one and only what a step changes (the overlay, the count, the words) subscribes. Shared
 * by the playback (which owns it) and the pictures and controls (which read it).
 */
export interface FrameSource {
  get(): number;
  /** Calls `listener` after each change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A FrameSource whose owner decides what `get` returns and says when it may have changed. */
export interface FrameStore extends FrameSource {
  /** Tells the subscribers to read again (they skip the render if the frame is unchanged). */
  changed(): void;
}

/**
 * @example
 * let frame = 0
 * const store = createFrameStore(() => frame)
 * frame = 1; store.changed() // subscribers read 1
 */
export function createFrameStore(read: () => number): FrameStore {
  const listeners = new Set<() => void>();
  return {
    get: read,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      for (const listener of [...listeners]) listener();
    },
  };
}

const bump = (count: number) => count + 1;

/**
 * `source` seen through `map`: another picture's frame for each of the figure's (a synchronised
 * view's), read and watched like the source itself.
 *
 * @example
 * const pictureFrames = mapFrames(playback.frames, (frame) => Math.floor(frame / 2))
 */
export function mapFrames(source: FrameSource, map: (frame: number) => number): FrameSource {
  // Read several times a step (each watcher's check, then its render): map each frame once.
  let last = { frame: Number.NaN, mapped: 0 };
  return {
    get() {
      const frame = source.get();
      if (frame !== last.frame) last = { frame, mapped: map(frame) };
      return last.mapped;
    },
    subscribe: source.subscribe,
  };
}

/**
 * The frame of `source`, re-rendering the calling component (alone) on each change.
 *
 * Not useSyncExternalStore: that queues a passive effect on every changed value, so each step
 * would schedule a task (a postMessage, ~0.06 ms) and run it. Steps come from clicks, keys and
 * timers, never from a time-sliced render, so reading the store while rendering cannot tear.
 *
 * @example
 * const frame = useFrame(playback.frames)
 */
export function useFrame(source: FrameSource): number {
  const [, rerender] = useReducer(bump, 0);
  const frame = source.get();
  // The frame this render shows, for the listener to compare with (set during render, as it is
  // what the render read).
  const shown = useRef(frame);
  shown.current = frame;
  useBrowserLayoutEffect(() => {
    const check = () => {
      if (source.get() !== shown.current) rerender();
    };
    check(); // a change between this render and the subscription
    return source.subscribe(check);
  }, [source]);
  return frame;
}

/**
 * Keeps `data-frame` of the element in `ref` on the frame of `source` by writing the attribute,
 * so the element's component need not re-render on a step (without a source, nothing). It renders the attribute itself
 * (`data-frame={source.get()}`) for server HTML and the first paint.
 */
export function useFrameAttribute(
  ref: RefObject<Element | null>,
  source: FrameSource | undefined,
): void {
  useEffect(() => {
    if (!source) return;
    const write = () => {
      const value = String(source.get());
      const element = ref.current;
      if (element && element.getAttribute('data-frame') !== value)
        element.setAttribute('data-frame', value);
    };
    write();
    return source.subscribe(write);
  }, [ref, source]);
}

/**
 * Renders `children(frame)`, re-rendering alone on each change of `frames`: the part of a figure
 * that draws the frame, inside a figure that does not re-render on a step.
 *
 * @example
 * <WithFrame frames={playback.frames}>{(frame) => <p>frame {frame + 1}</p>}</WithFrame>
 */
export function WithFrame(props: {
  frames: FrameSource;
  children: (frame: number) => ReactNode;
}): ReactNode {
  return props.children(useFrame(props.frames));
}

/**
 * `draw(frame)`; given `frames`, a part that draws itself again on each change of them instead
 * (inside a picture that does not re-render on a step).
 *
 * @example
 * drawAt(props.frames, props.frame, (frame) => <Overlay frame={frame} />)
 */
export function drawAt(
  frames: FrameSource | undefined,
  frame: number,
  draw: (frame: number) => ReactNode,
): ReactNode {
  return frames ? <WithFrame frames={frames}>{draw}</WithFrame> : draw(frame);
}
