// Playback through the components, on fake timers (requestAnimationFrame included).
import { ConvAnimation } from '@conv-arithmetic/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { advance, shownFrame, stubReducedMotion, useFakeClock } from './helpers';

beforeEach(() => useFakeClock());

describe('autoplay and loop', () => {
  it('autoplays one frame per second by default, row-major, and loops', () => {
    const { container } = render(<ConvAnimation input={4} kernel={3} />);
    expect(shownFrame(container)).toBe(0);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
    advance(1000);
    advance(1000);
    expect(shownFrame(container)).toBe(3);
    advance(1000);
    expect(shownFrame(container)).toBe(0);
  });

  it('loop={false} stops on the last frame; play starts over', () => {
    const { container } = render(<ConvAnimation input={4} kernel={3} loop={false} />);
    advance(5000);
    expect(shownFrame(container)).toBe(3);
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ended');
    advance(3000);
    expect(shownFrame(container)).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(shownFrame(container)).toBe(0);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
  });

  it('autoPlay={false} stays on frame 0', () => {
    const { container } = render(<ConvAnimation input={4} kernel={3} autoPlay={false} />);
    advance(5000);
    expect(shownFrame(container)).toBe(0);
  });

  it('fps and frameDuration set the pace', () => {
    const { container, unmount } = render(<ConvAnimation input={5} kernel={3} fps={4} />);
    advance(1030);
    expect(shownFrame(container)).toBe(4);
    unmount();
    const second = render(<ConvAnimation input={5} kernel={3} frameDuration={500} />);
    advance(1030);
    expect(shownFrame(second.container)).toBe(2);
  });
});

describe('controls', () => {
  it('pause stops time; play resumes', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    advance(1050);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    advance(5000);
    expect(shownFrame(container)).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    advance(1050);
    expect(shownFrame(container)).toBe(2);
  });

  it('step buttons move one frame, wrap when looping, and pause', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
    expect(shownFrame(container)).toBe(1);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Previous frame' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous frame' }));
    expect(shownFrame(container)).toBe(8);
    advance(3000);
    expect(shownFrame(container)).toBe(8);
  });

  it('restart returns to frame 0; the scrubber seeks; the counter follows', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    fireEvent.change(screen.getByRole('slider', { name: 'Frame' }), { target: { value: '6' } });
    expect(shownFrame(container)).toBe(5);
    expect(container).toHaveTextContent('frame 6 / 9');
    expect(screen.getByRole('slider', { name: 'Frame' })).toHaveAttribute(
      'aria-valuetext',
      'Frame 6 of 9',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(shownFrame(container)).toBe(0);
  });

  it('speed menu changes the pace', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '2' } });
    advance(1030);
    expect(shownFrame(container)).toBe(2);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '0.5' } });
    advance(1500);
    expect(shownFrame(container)).toBe(2);
    advance(600);
    expect(shownFrame(container)).toBe(3);
  });

  it('controls={false} hides the bar but keyboard playback still works', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} controls={false} autoPlay={false} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.keyDown(container.querySelector('figure') as HTMLElement, { key: 'ArrowRight' });
    expect(shownFrame(container)).toBe(1);
  });
});

/** A parent that owns the frame in its state. */
function Parent() {
  const [frame, setFrame] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setFrame(7)}>
        jump
      </button>
      <ConvAnimation input={5} kernel={3} frame={frame} onFrameChange={setFrame} autoPlay={false} />
    </>
  );
}

describe('controlled mode', () => {
  it('frame + onFrameChange + autoPlay: the parent owns the frame', () => {
    const onFrameChange = vi.fn();
    const { container, rerender } = render(
      <ConvAnimation input={5} kernel={3} frame={2} onFrameChange={onFrameChange} autoPlay />,
    );
    advance(1050);
    expect(onFrameChange).toHaveBeenLastCalledWith(3);
    expect(shownFrame(container)).toBe(2); // not until the parent says so
    rerender(<ConvAnimation input={5} kernel={3} frame={3} onFrameChange={onFrameChange} />);
    expect(shownFrame(container)).toBe(3);
  });

  it('a parent with state drives the figure through its own buttons', () => {
    const { container } = render(<Parent />);
    fireEvent.click(screen.getByRole('button', { name: 'jump' }));
    expect(shownFrame(container)).toBe(7);
    fireEvent.click(screen.getByRole('button', { name: 'Next frame' }));
    expect(shownFrame(container)).toBe(8);
  });

  it('playing + onPlayingChange: the parent owns the play state', () => {
    const onPlayingChange = vi.fn();
    const { container } = render(
      <ConvAnimation input={5} kernel={3} playing={false} onPlayingChange={onPlayingChange} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onPlayingChange).toHaveBeenCalledWith(true);
    advance(3000);
    expect(shownFrame(container)).toBe(0);
  });

  it('warns once when a caller switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<ConvAnimation input={5} kernel={3} autoPlay={false} />);
    rerender(<ConvAnimation input={5} kernel={3} autoPlay={false} frame={1} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/frame changed from uncontrolled to controlled/);
  });
});

describe('a pinned figure is a still', () => {
  it('frame alone: paused, a Play button, and nothing moves', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} frame={3} />);
    const figure = container.querySelector('figure');
    expect(figure?.getAttribute('data-state')).toBe('paused');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    advance(3000);
    expect(shownFrame(container)).toBe(3);
  });

  it('a read-only frame never reads as playing, even when Play is pressed', () => {
    const { container } = render(<ConvAnimation input={5} kernel={3} frame={3} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(container.querySelector('figure')?.getAttribute('data-state')).toBe('paused');
    advance(3000);
    expect(shownFrame(container)).toBe(3);
  });

  it('frame + onFrameChange starts paused; Play then asks the parent for each frame', () => {
    const onFrameChange = vi.fn();
    const { container } = render(
      <ConvAnimation input={5} kernel={3} frame={2} onFrameChange={onFrameChange} />,
    );
    expect(container.querySelector('figure')?.getAttribute('data-state')).toBe('paused');
    advance(2000);
    expect(onFrameChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(container.querySelector('figure')?.getAttribute('data-state')).toBe('playing');
    advance(1050);
    expect(onFrameChange).toHaveBeenLastCalledWith(3);
  });

  it('autoPlay={false} with a default frame: paused there, Play plays', () => {
    const { container } = render(
      <ConvAnimation input={5} kernel={3} defaultFrame={4} autoPlay={false} />,
    );
    expect(container.querySelector('figure')?.getAttribute('data-state')).toBe('paused');
    advance(2000);
    expect(shownFrame(container)).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    advance(1050);
    expect(shownFrame(container)).toBe(5);
  });
});

describe('reduced motion', () => {
  it('does not autoplay when the user prefers reduced motion', () => {
    stubReducedMotion(true);
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    advance(3000);
    expect(shownFrame(container)).toBe(0);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('an explicit autoPlay overrides the preference, and the user can still press play', () => {
    stubReducedMotion(true);
    const { container } = render(<ConvAnimation input={5} kernel={3} autoPlay />);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
  });

  it('plays normally without the preference', () => {
    stubReducedMotion(false);
    const { container } = render(<ConvAnimation input={5} kernel={3} />);
    advance(1050);
    expect(shownFrame(container)).toBe(1);
  });
});

describe('changing the spec', () => {
  it('clamps the frame when the new diagram has fewer frames', () => {
    const { container, rerender } = render(
      <ConvAnimation input={5} kernel={3} defaultFrame={8} autoPlay={false} />,
    );
    expect(shownFrame(container)).toBe(8);
    rerender(<ConvAnimation input={4} kernel={3} defaultFrame={8} autoPlay={false} />);
    expect(shownFrame(container)).toBe(3);
    act(() => {});
  });
});

/**
 * An IntersectionObserver that reports what Chromium does: an observed element is intersecting
 * unless the test puts it off-screen, and one removed from the page is not intersecting.
 */
function mockIntersectionObserver() {
  const live = new Set<MockObserver>();
  class MockObserver {
    readonly targets = new Set<Element>();
    constructor(readonly callback: IntersectionObserverCallback) {
      live.add(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      live.delete(this);
    }
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', MockObserver);
  return {
    /** Every element some live observer watches. */
    observed: () => [...live].flatMap((observer) => [...observer.targets]),
    /** Delivers each observer's entries, as the browser does after layout. */
    report(offScreen: ReadonlySet<Element> = new Set()) {
      act(() => {
        for (const observer of [...live]) {
          const entries = [...observer.targets].map(
            (target) =>
              ({
                target,
                isIntersecting: target.isConnected && !offScreen.has(target),
              }) as IntersectionObserverEntry,
          );
          if (entries.length > 0) {
            observer.callback(entries, observer as unknown as IntersectionObserver);
          }
        }
      });
    },
  };
}

const figureOf = (container: HTMLElement) => container.querySelector('figure') as HTMLElement;

describe('recovery: valid → invalid → valid on the same instance', () => {
  it('plays again, and the observer watches the figure on the page now', () => {
    const observer = mockIntersectionObserver();
    const { container, rerender } = render(<ConvAnimation input={5} kernel={3} />);
    observer.report();
    advance(1050);
    expect(shownFrame(container)).toBe(1);

    rerender(<ConvAnimation input={2} kernel={3} />);
    expect(screen.getByRole('alert')).toHaveTextContent('kernel');
    observer.report(); // the removed figure: no longer intersecting
    advance(1050);

    rerender(<ConvAnimation input={5} kernel={3} />);
    observer.report();
    const figure = figureOf(container);
    expect(observer.observed()).toEqual([figure]);
    expect(figure).toHaveAttribute('data-state', 'playing');
    const before = shownFrame(container);
    advance(1050);
    expect(shownFrame(container)).toBe((before + 1) % 9);
    advance(2000);
    expect(shownFrame(container)).toBe((before + 3) % 9);
  });

  it('plays again after several invalid values in a row, each a different prop', () => {
    const observer = mockIntersectionObserver();
    const { container, rerender } = render(<ConvAnimation input={5} kernel={3} fps={4} />);
    observer.report();
    advance(300);
    rerender(<ConvAnimation input={5} kernel={9} fps={4} />);
    observer.report();
    rerender(<ConvAnimation input={5} kernel={3} stride={0} fps={4} />);
    observer.report();
    rerender(<ConvAnimation input={6} kernel={3} fps={4} />);
    observer.report();
    expect(observer.observed()).toEqual([figureOf(container)]);
    const before = shownFrame(container);
    advance(1030);
    expect(shownFrame(container)).toBe((before + 4) % 16);
  });

  it('mounted invalid then made valid: the gate watches the new figure and holds it off-screen', () => {
    const observer = mockIntersectionObserver();
    const { container, rerender } = render(<ConvAnimation input={2} kernel={3} />);
    expect(observer.observed()).toEqual([]);
    rerender(<ConvAnimation input={5} kernel={3} />);
    const figure = figureOf(container);
    expect(observer.observed()).toEqual([figure]);
    observer.report(new Set([figure]));
    advance(3050);
    expect(shownFrame(container)).toBe(0);
    observer.report();
    advance(1050);
    expect(shownFrame(container)).toBe(1);
  });
});

describe('out-of-range frames', () => {
  it.each([
    ['frame', 99, 8],
    ['frame', -1, 0],
    ['frame', Number.NaN, 0],
    ['frame', 2.5, 2],
    ['defaultFrame', 99, 8],
    ['defaultFrame', -1, 0],
    ['defaultFrame', Number.NaN, 0],
    ['defaultFrame', 2.5, 2],
  ] as const)('%s={%s} clamps to %s and warns once in development', (name, value, shown) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = { input: 5, kernel: 3, autoPlay: false, [name]: value };
    const { container, rerender } = render(<ConvAnimation {...props} />);
    expect(shownFrame(container)).toBe(shown);
    rerender(<ConvAnimation {...props} caption="again" />);
    rerender(<ConvAnimation {...props} caption="and again" />);
    advance(3000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`${name}={${value}}`);
  });

  it('a controlled frame that stays out of range while playing still warns only once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onFrameChange = vi.fn();
    render(
      <ConvAnimation input={5} kernel={3} frame={99} onFrameChange={onFrameChange} autoPlay />,
    );
    advance(3050);
    expect(onFrameChange).toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('an in-range frame says nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ConvAnimation input={5} kernel={3} frame={8} />);
    render(<ConvAnimation input={5} kernel={3} defaultFrame={0} />);
    expect(warn).not.toHaveBeenCalled();
  });

  it('production builds say nothing: neither the clamp nor the controlled switch', () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container, rerender } = render(
        <ConvAnimation input={5} kernel={3} autoPlay={false} defaultFrame={99} />,
      );
      expect(shownFrame(container)).toBe(8);
      rerender(<ConvAnimation input={5} kernel={3} autoPlay={false} frame={-1} />);
      expect(shownFrame(container)).toBe(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('a pace of never', () => {
  it.each([
    ['fps', 0],
    ['fps', Number.NaN],
    ['fps', -1],
    ['frameDuration', -100],
    ['frameDuration', 0],
    ['frameDuration', Number.POSITIVE_INFINITY],
  ] as const)('%s={%s} schedules no animation frame and never moves', (name, value) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const request = vi.spyOn(globalThis, 'requestAnimationFrame');
    const { container } = render(<ConvAnimation input={5} kernel={3} {...{ [name]: value }} />);
    advance(2000);
    expect(request).not.toHaveBeenCalled();
    if (container.querySelector('svg[data-frame]')) expect(shownFrame(container)).toBe(0);
  });
});
