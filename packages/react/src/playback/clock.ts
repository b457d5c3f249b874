/**
 * Called on an animation frame with its timestamp in ms. It may return how many ms remain until
 * it next needs a frame, so an idle page sleeps instead of waking 60 times a second.
 */
export type ClockListener = (now: number) => number | undefined;

/** A shared ticking source: one requestAnimationFrame loop for every diagram on the page. */
export interface FrameClock {
  subscribe(listener: ClockListener): () => void;
  /** Number of current subscribers (0 means nothing is scheduled). */
  size(): number;
}

export interface FrameScheduler {
  request(callback: (now: number) => void): unknown;
  cancel(handle: unknown): void;
  /** Optional: run `callback` after `ms` (the clock sleeps through long gaps between frames). */
  wait?(callback: () => void, ms: number): unknown;
  cancelWait?(handle: unknown): void;
}

/** The browser's requestAnimationFrame and setTimeout, looked up at call time so tests can swap them. */
export const animationFrameScheduler: FrameScheduler = {
  request: (callback) => globalThis.requestAnimationFrame(callback),
  cancel: (handle) => globalThis.cancelAnimationFrame(handle as number),
  wait: (callback, ms) => globalThis.setTimeout(callback, ms),
  cancelWait: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Gaps shorter than this are ticked through frame by frame; longer ones are slept through. */
const SLEEP_THRESHOLD = 50;
/** Wake this much before the due time, so the frame that follows lands on it. */
const WAKE_EARLY = 20;

/**
 * A clock that runs one frame loop while anyone listens and nothing when nobody does, so an
 * unmounted or paused page holds no pending frame or timer. Between due frames it sleeps.
 *
 * @example
 * const clock = createFrameClock()
 * const stop = clock.subscribe((now) => { draw(now); return 1000 }) // next frame in about 1 s
 * stop() // the loop ends with its last subscriber
 */
export function createFrameClock(scheduler: FrameScheduler = animationFrameScheduler): FrameClock {
  const listeners = new Set<ClockListener>();
  let frame: unknown = null;
  let sleep: unknown = null;

  const cancelAll = () => {
    if (frame !== null) scheduler.cancel(frame);
    if (sleep !== null) scheduler.cancelWait?.(sleep);
    frame = null;
    sleep = null;
  };

  const requestFrame = () => {
    sleep = null;
    frame = scheduler.request(tick);
  };

  function tick(now: number) {
    frame = null;
    let soonest = Number.POSITIVE_INFINITY;
    // Copy: a listener may unsubscribe itself or others during the tick.
    for (const listener of [...listeners]) {
      if (!listeners.has(listener)) continue;
      soonest = Math.min(soonest, listener(now) ?? 0);
    }
    if (listeners.size === 0 || frame !== null || sleep !== null) return;
    if (scheduler.wait && soonest > SLEEP_THRESHOLD && soonest !== Number.POSITIVE_INFINITY) {
      sleep = scheduler.wait(requestFrame, soonest - WAKE_EARLY);
    } else {
      requestFrame();
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      // A newcomer needs a frame soon, even while the others sleep.
      if (frame === null) {
        if (sleep !== null) scheduler.cancelWait?.(sleep);
        requestFrame();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) cancelAll();
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
