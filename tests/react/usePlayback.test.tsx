// The headless hook through a tiny probe component, and the transition table beneath it.
import {
  createFrameClock,
  nextStatus,
  type Playback,
  type PlaybackOptions,
  usePlayback,
} from '@conv-arithmetic/react';
import { act, render } from '@testing-library/react';
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
    const { result } = probe({ frameCount: 4, frameDuration: 100, frame: 2, onFrameChange, clock });
    run(130);
    expect(onFrameChange).toHaveBeenCalledWith(3);
    expect(result.current.frame).toBe(2);
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

  it('unmounting unsubscribes from the clock', () => {
    const { clock } = manualClock();
    const { unmount } = probe({ frameCount: 4, clock });
    expect(clock.size()).toBe(1);
    unmount();
    expect(clock.size()).toBe(0);
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
