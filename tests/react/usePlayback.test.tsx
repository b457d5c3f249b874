// The headless hook through a tiny probe component, and the transition table beneath it.
import {
  createFrameClock,
  nextStatus,
  type Playback,
  type PlaybackOptions,
  useOnScreen,
  usePlayback,
} from '@conv-arithmetic/react';
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

/** A clock the test ticks by hand. */
function manualClock() {
  const pending: ((now: number) => void)[] = [];
  let now = 0;
  const clock = createFrameClock({
    request: (callback) => pending.push(callback),
    cancel: () => pending.splice(0),
  });
  return {
    clock,
    /** One animation frame arriving `ms` after the previous one (a stalled tab, say). */
    jump(ms: number) {
      act(() => {
        now += ms;
        for (const callback of pending.splice(0)) callback(now);
      });
    },
    /** Runs animation frames 16 ms apart for `ms` (the first frame only calibrates). */
    run(ms: number) {
      act(() => {
        for (let t = 0; t < ms; t += 16) {
          now += 16;
          const due = pending.splice(0);
          for (const callback of due) callback(now);
        }
      });
    },
  };
}

const latest: { current: Playback } = { current: undefined as unknown as Playback };

/** Renders the hook and exposes what it returned last (visx's probe-component pattern). */
function Probe(props: PlaybackOptions) {
  latest.current = usePlayback(props);
  return null;
}

function probe(options: PlaybackOptions) {
  const view = render(<Probe {...options} />);
  return {
    result: latest,
    rerender: (next: PlaybackOptions) => view.rerender(<Probe {...next} />),
    unmount: view.unmount,
  };
}

describe('usePlayback', () => {
  it('ticks on the injected clock, one frame per frameDuration', () => {
    const { clock, run } = manualClock();
    const { result } = probe({ frameCount: 4, frameDuration: 100, clock });
    expect(result.current.frame).toBe(0);
    run(130);
    expect(result.current.frame).toBe(1);
    run(300);
    expect(result.current.frame).toBe(0); // 1 → 2 → 3 → 0: loops
  });

  it('play, pause, toggle, seek, step, restart, setSpeed', () => {
    const { clock, run } = manualClock();
    const { result } = probe({ frameCount: 9, frameDuration: 100, defaultPlaying: false, clock });
    expect(result.current.status).toBe('paused');
    act(() => result.current.play());
    expect(result.current.playing).toBe(true);
    act(() => result.current.toggle());
    expect(result.current.status).toBe('paused');
    act(() => result.current.seek(5));
    expect(result.current.frame).toBe(5);
    act(() => result.current.seek(99));
    expect(result.current.frame).toBe(8);
    act(() => result.current.step(2));
    expect(result.current.frame).toBe(1); // wraps when looping
    act(() => result.current.step(-3));
    expect(result.current.frame).toBe(7);
    act(() => result.current.restart());
    expect(result.current.frame).toBe(0);
    act(() => result.current.setSpeed(2));
    act(() => result.current.play());
    run(130); // 112 ms after calibrating, at 50 ms a frame
    expect(result.current.frame).toBe(2);
  });

  it('stepping pauses, like a video player', () => {
    const { clock } = manualClock();
    const { result } = probe({ frameCount: 9, clock });
    expect(result.current.playing).toBe(true);
    act(() => result.current.step());
    expect(result.current.playing).toBe(false);
  });

  it('without loop it ends on the last frame; seeking back makes it paused; play restarts', () => {
    const { clock, run } = manualClock();
    const { result } = probe({ frameCount: 3, frameDuration: 100, loop: false, clock });
    run(400);
    expect(result.current.frame).toBe(2);
    expect(result.current.status).toBe('ended');
    act(() => result.current.seek(1));
    expect(result.current.status).toBe('paused');
    act(() => result.current.seek(2));
    act(() => result.current.play());
    expect(result.current.frame).toBe(0);
    expect(result.current.playing).toBe(true);
  });

  it('step without loop clamps at the ends', () => {
    const { result } = probe({ frameCount: 3, loop: false, defaultPlaying: false });
    act(() => result.current.step(10));
    expect(result.current.frame).toBe(2);
    act(() => result.current.step(-10));
    expect(result.current.frame).toBe(0);
  });

  it('active={false} holds time without changing the play state', () => {
    const { clock, run } = manualClock();
    const { result, rerender } = probe({ frameCount: 4, frameDuration: 100, active: false, clock });
    run(500);
    expect(result.current.frame).toBe(0);
    expect(result.current.playing).toBe(true);
    expect(clock.size()).toBe(0);
    rerender({ frameCount: 4, frameDuration: 100, active: true, clock });
    run(130);
    expect(result.current.frame).toBe(1);
  });

  it('controlled frame: reports changes and shows only what the parent passes', () => {
    const { clock, run } = manualClock();
    const onFrameChange = vi.fn();
    const { result } = probe({
      ...{ frameCount: 4, frameDuration: 100, frame: 2, onFrameChange, clock },
      defaultPlaying: true,
    });
    run(130);
    expect(onFrameChange).toHaveBeenCalledWith(3);
    expect(result.current.frame).toBe(2);
  });

  it('a controlled frame starts paused unless asked to play; a read-only one cannot play', () => {
    const { clock, run } = manualClock();
    const onFrameChange = vi.fn();
    const steered = probe({ frameCount: 4, frameDuration: 100, frame: 2, onFrameChange, clock });
    expect(steered.result.current.status).toBe('paused');
    run(230);
    expect(onFrameChange).not.toHaveBeenCalled();
    const pinned = probe({ frameCount: 4, frameDuration: 100, frame: 2, clock });
    act(() => pinned.result.current.play());
    expect(pinned.result.current.status).toBe('paused');
  });

  it('a stalled tab does not fast-forward in a burst', () => {
    const { clock, run, jump } = manualClock();
    const { result } = probe({ frameCount: 100, frameDuration: 100, clock });
    run(16);
    jump(10_000);
    expect(result.current.frame).toBe(1);
    jump(16);
    expect(result.current.frame).toBe(1);
    run(130);
    expect(result.current.frame).toBe(2); // one frame for the stall, then the normal pace
  });

  it('valid → no frames (an invalid spec) → valid: ticks again, whatever the frame was', () => {
    const { clock, run } = manualClock();
    const options = { frameDuration: 100, clock };
    const { result, rerender } = probe({ frameCount: 9, ...options });
    run(230);
    expect(result.current.frame).toBe(2);
    rerender({ frameCount: 0, ...options });
    expect(clock.size()).toBe(0);
    run(500);
    rerender({ frameCount: 4, ...options });
    expect(result.current.status).toBe('playing');
    expect(clock.size()).toBe(1);
    const before = result.current.frame;
    run(130);
    expect(result.current.frame).toBe((before + 1) % 4);
    rerender({ frameCount: 0, ...options });
    rerender({ frameCount: 9, ...options });
    run(230);
    expect(result.current.frame).toBe((before + 3) % 9);
  });

  it.each([
    { fps: 0 },
    { fps: Number.NaN },
    { fps: -1 },
    { fps: Number.NEGATIVE_INFINITY },
    { frameDuration: -100 },
    { frameDuration: 0 },
    { frameDuration: Number.NaN },
    { frameDuration: Number.POSITIVE_INFINITY },
    { frameDuration: 100, speed: Number.POSITIVE_INFINITY },
  ])('a pace of never (%o) holds still without subscribing to the clock', (pace) => {
    const { clock, run } = manualClock();
    const { result } = probe({ frameCount: 9, clock, ...pace });
    expect(result.current.playing).toBe(true);
    expect(clock.size()).toBe(0);
    run(1000);
    expect(result.current.frame).toBe(0);
  });

  it('unmounting unsubscribes from the clock', () => {
    const { clock } = manualClock();
    const { unmount } = probe({ frameCount: 4, clock });
    expect(clock.size()).toBe(1);
    unmount();
    expect(clock.size()).toBe(0);
  });
});

const seen: { current: boolean } = { current: true };
function Swapping({ which }: { which: 'a' | 'b' | 'none' }) {
  const ref = useRef<HTMLDivElement>(null);
  seen.current = useOnScreen(ref);
  if (which === 'none') return null;
  return which === 'a' ? (
    <div ref={ref} key="a" data-testid="a" />
  ) : (
    <section ref={ref} key="b" data-testid="b" />
  );
}

describe('useOnScreen', () => {
  /** Observers that record what they watch; reports are pushed by the test. */
  function observers() {
    const all: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private readonly record: (typeof all)[number];
        constructor(callback: IntersectionObserverCallback) {
          this.record = { callback, targets: [] };
          all.push(this.record);
        }
        observe(target: Element) {
          this.record.targets.push(target);
        }
        disconnect() {
          this.record.targets = [];
        }
      },
    );
    return {
      watched: () => all.flatMap((record) => record.targets),
      report(target: Element, isIntersecting: boolean) {
        act(() => {
          for (const record of all.filter((r) => r.targets.includes(target))) {
            record.callback(
              [{ target, isIntersecting } as IntersectionObserverEntry],
              {} as IntersectionObserver,
            );
          }
        });
      },
    };
  }

  it('moves to the element the ref points at now, and ignores reports about the old one', () => {
    const io = observers();
    const view = render(<Swapping which="a" />);
    const a = view.getByTestId('a');
    expect(io.watched()).toEqual([a]);
    expect(seen.current).toBe(false); // nothing reported yet
    io.report(a, true);
    expect(seen.current).toBe(true);
    io.report(a, false);
    expect(seen.current).toBe(false);
    view.rerender(<Swapping which="none" />);
    expect(io.watched()).toEqual([]);
    view.rerender(<Swapping which="b" />);
    const b = view.getByTestId('b');
    expect(io.watched()).toEqual([b]);
    expect(seen.current).toBe(false); // held until b's own first report
    io.report(b, true);
    expect(seen.current).toBe(true);
    io.report(a, false); // nobody watches a any more
    expect(seen.current).toBe(true);
    io.report(b, false);
    expect(seen.current).toBe(false);
  });
});

describe('the transition table', () => {
  it.each([
    ['paused', 'PLAY', 'playing'],
    ['paused', 'TOGGLE', 'playing'],
    ['paused', 'PAUSE', 'paused'],
    ['paused', 'END', 'paused'],
    ['playing', 'PAUSE', 'paused'],
    ['playing', 'TOGGLE', 'paused'],
    ['playing', 'END', 'ended'],
    ['playing', 'PLAY', 'playing'],
    ['ended', 'PLAY', 'playing'],
    ['ended', 'REWIND', 'paused'],
    ['ended', 'PAUSE', 'ended'],
  ] as const)('%s + %s → %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });
});
