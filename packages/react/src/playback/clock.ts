/** Called on every animation frame with the frame's timestamp in ms. */
export type ClockListener = (now: number) => void;

/** A shared ticking source: one requestAnimationFrame loop for every diagram on the page. */
export interface FrameClock {
  subscribe(listener: ClockListener): () => void;
  /** Number of current subscribers (0 means no frame is requested). */
  size(): number;
}

export interface FrameScheduler {
  request(callback: (now: number) => void): unknown;
  cancel(handle: unknown): void;
}

/** The browser's requestAnimationFrame, looked up at call time so tests can swap it. */
export const animationFrameScheduler: FrameScheduler = {
  request: (callback) => globalThis.requestAnimationFrame(callback),
  cancel: (handle) => globalThis.cancelAnimationFrame(handle as number),
};

/**
 * A clock that runs one frame loop while anyone listens and none when nobody does, so an
 * unmounted or paused page holds no pending frame.
 *
 * @example
 * const clock = createFrameClock()
 * const stop = clock.subscribe((now) => draw(now))
 * stop() // the loop ends with its last subscriber
 */
export function createFrameClock(scheduler: FrameScheduler = animationFrameScheduler): FrameClock {
  const listeners = new Set<ClockListener>();
  let handle: unknown = null;

  const tick = (now: number) => {
    handle = null;
    // Copy: a listener may unsubscribe itself or others during the tick.
    for (const listener of [...listeners]) if (listeners.has(listener)) listener(now);
    if (listeners.size > 0 && handle === null) handle = scheduler.request(tick);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (handle === null) handle = scheduler.request(tick);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && handle !== null) {
          scheduler.cancel(handle);
          handle = null;
        }
      };
    },
    size: () => listeners.size,
  };
}

let shared: FrameClock | null = null;

/** The page's one clock, created on first use (never on the server). */
export function sharedFrameClock(): FrameClock {
  shared ??= createFrameClock();
  return shared;
}
