// One shared clock, paused off-screen and in hidden tabs, nothing left running after unmount,
// and a step that touches only what changes.
import { convDiagram } from '@conv-arithmetic/core';
import {
  ConvAnimation,
  type ConvTheme,
  classicTheme,
  createFrameClock,
  DiagramSvg,
  sharedFrameClock,
  useConvTheme,
} from '@conv-arithmetic/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, shownFrame, stubIntersectionObserver, useFakeClock } from './helpers';

beforeEach(() => useFakeClock());

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

describe('shared clock', () => {
  it('many diagrams on a page share one loop, which sleeps between due frames', () => {
    const request = vi.spyOn(globalThis, 'requestAnimationFrame');
    const { container } = render(
      <div>
        {'abcdefghij'.split('').map((id) => (
          <ConvAnimation key={id} input={5} kernel={3} />
        ))}
      </div>,
    );
    expect(sharedFrameClock().size()).toBe(10);
    request.mockClear();
    advance(3050);
    const frames = [...container.querySelectorAll('svg[data-frame]')].map((svg) =>
      svg.getAttribute('data-frame'),
    );
    expect(frames).toEqual(Array(10).fill('3'));
    // Ticking every animation frame would be ~180 requests (per diagram: ~1,800). One shared
    // loop that sleeps until the next due frame needs a few per second for the whole page.
    expect(request.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(request.mock.calls.length).toBeLessThanOrEqual(15);
  });

  it('a clock without wait() ticks every animation frame, for every listener in one loop', () => {
    const pending: ((now: number) => void)[] = [];
    const clock = createFrameClock({
      request: (cb) => pending.push(cb),
      cancel: () => pending.splice(0),
    });
    const calls: string[] = [];
    clock.subscribe(() => {
      calls.push('a');
      return 1000;
    });
    clock.subscribe(() => {
      calls.push('b');
      return undefined;
    });
    expect(pending).toHaveLength(1);
    pending.shift()?.(16);
    expect(calls).toEqual(['a', 'b']);
    expect(pending).toHaveLength(1);
  });

  it('a sleeping clock wakes for a newcomer at once, and leaves no timer when the last one leaves', () => {
    const frames: ((now: number) => void)[] = [];
    const waits: (() => void)[] = [];
    let cancelledWaits = 0;
    const clock = createFrameClock({
      request: (cb) => frames.push(cb),
      cancel: () => frames.splice(0),
      wait: (cb) => waits.push(cb),
      cancelWait: () => {
        cancelledWaits++;
        waits.splice(0);
      },
    });
    const stopA = clock.subscribe(() => 1000);
    frames.shift()?.(0);
    expect(frames).toHaveLength(0);
    expect(waits).toHaveLength(1); // asleep for about a second
    const stopB = clock.subscribe(() => undefined);
    expect(cancelledWaits).toBe(1);
    expect(frames).toHaveLength(1); // awake for the newcomer
    stopA();
    stopB();
    expect(frames).toHaveLength(0);
    expect(waits).toHaveLength(0);
  });

  it('createFrameClock runs a loop only while someone listens', () => {
    const pending: ((now: number) => void)[] = [];
    const clock = createFrameClock({
      request: (cb) => pending.push(cb),
      cancel: () => pending.splice(0),
    });
    const ticks: number[] = [];
    const stop = clock.subscribe((now) => ticks.push(now));
    expect(pending).toHaveLength(1);
    pending.shift()?.(16);
    expect(ticks).toEqual([16]);
    expect(pending).toHaveLength(1); // asked for the next frame
    stop();
    expect(pending).toHaveLength(0);
    expect(clock.size()).toBe(0);
  });
});

describe('pausing when nobody can see it', () => {
  it('an off-screen diagram does not advance, and resumes when scrolled back', () => {
    const io = stubIntersectionObserver();
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    expect(io.count()).toBe(1);
    io.setVisible(false);
    advance(5000);
    expect(shownFrame(container)).toBe(0);
    expect(sharedFrameClock().size()).toBe(0);
    io.setVisible(true);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
    // Still "playing" all along: only time stood still.
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('a hidden tab does not advance', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    setHidden(true);
    advance(5000);
    expect(shownFrame(container)).toBe(0);
    setHidden(false);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
  });
});

describe('unmount', () => {
  it('leaves no pending timer or animation frame mid-play', () => {
    const { unmount } = render(<ConvAnimation input={5} kernel={3} />);
    advance(1500);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    expect(sharedFrameClock().size()).toBe(0);
  });
});

const themesSeen: ConvTheme[] = [];

/** Records the theme useConvTheme returns for a fresh inline override on each render. */
function ThemeProbe({ tick }: { tick: number }) {
  themesSeen.push(useConvTheme({ colors: { output: '#B58900' } }));
  return <span>{tick}</span>;
}

describe('re-render only what changes', () => {
  it('an inline theme object keeps its identity across renders, so the planes stay memoised', () => {
    const seen = themesSeen;
    seen.length = 0;
    const { rerender } = render(<ThemeProbe tick={0} />);
    rerender(<ThemeProbe tick={1} />);
    rerender(<ThemeProbe tick={2} />);
    expect(seen[0]?.colors.output).toBe('#B58900');
    expect(new Set(seen).size).toBe(1);
  });

  it('a step leaves every input and output cell node untouched', () => {
    const { container } = render(<ConvAnimation input={16} kernel={3} autoPlay={false} />);
    const planes = [...container.querySelectorAll('[data-layer="input"], [data-layer="output"]')];
    const before = planes.map((g) => [...g.children]);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    for (const g of planes)
      observer.observe(g, { subtree: true, attributes: true, childList: true });
    fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(shownFrame(container)).toBe(2);
    expect(mutations).toEqual([]);
    expect(planes.map((g) => [...g.children])).toEqual(before);
  });

  it('the static planes are memoised: a new frame does not re-render a single cell', () => {
    const diagram = convDiagram({ input: 16, kernel: 3 });
    let cellCalls = 0;
    const counted = {
      ...diagram,
      cell: (r: number, c: number) => {
        cellCalls++;
        return diagram.cell(r, c);
      },
    };
    const { rerender, container } = render(
      <DiagramSvg diagram={counted} frame={0} theme={classicTheme} title="t" />,
    );
    expect(cellCalls).toBeGreaterThanOrEqual(16 * 16);
    cellCalls = 0;
    rerender(<DiagramSvg diagram={counted} frame={1} theme={classicTheme} title="t" />);
    expect(container.querySelector('svg')).toHaveAttribute('data-frame', '1');
    expect(cellCalls).toBe(0);
    rerender(<DiagramSvg diagram={counted} frame={1} theme={{ ...classicTheme }} title="t" />);
    expect(cellCalls).toBeGreaterThanOrEqual(16 * 16); // a new theme does redraw them
  });
});
