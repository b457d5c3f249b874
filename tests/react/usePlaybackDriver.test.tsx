// usePlaybackDriver: the frame lives in a store; only what subscribes re-renders on a step.
import {
  createFrameClock,
  type FrameSource,
  type PlaybackDriver,
  type PlaybackOptions,
  useFrame,
  usePlaybackDriver,
} from '@conv-arithmetic/react';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

const renders = { host: 0, count: 0 };

function Count({ frames }: { frames: FrameSource }) {
  renders.count++;
  return <output>{useFrame(frames)}</output>;
}

function Host({
  options,
  onDriver,
}: {
  options: PlaybackOptions;
  onDriver: (d: PlaybackDriver) => void;
}) {
  renders.host++;
  const driver = usePlaybackDriver(options);
  onDriver(driver);
  return <Count frames={driver.frames} />;
}

/** Holds the frame in its own state, as a page controlling the figure does. */
function Parent({ asked, onDriver }: { asked: number[]; onDriver: (d: PlaybackDriver) => void }) {
  const [frame, setFrame] = useState(2);
  const onFrameChange = (next: number) => {
    asked.push(next);
    setFrame(next);
  };
  return (
    <>
      <button type="button" onClick={() => setFrame(40)}>
        far
      </button>
      <Host options={{ frameCount: 9, frame, onFrameChange }} onDriver={onDriver} />
    </>
  );
}

function mount(options: PlaybackOptions) {
  renders.host = 0;
  renders.count = 0;
  let driver: PlaybackDriver | null = null;
  const view = render(<Host options={options} onDriver={(d) => (driver = d)} />);
  return { ...view, driver: () => driver as unknown as PlaybackDriver };
}

describe('usePlaybackDriver', () => {
  it('a step re-renders the subscriber, not the host', () => {
    const { driver } = mount({ frameCount: 9, defaultPlaying: false });
    const hostRenders = renders.host;
    act(() => driver().step(1));
    act(() => driver().step(1));
    act(() => driver().seek(7));
    expect(screen.getByRole('status')).toHaveTextContent('7');
    expect(driver().frames.get()).toBe(7);
    expect(renders.host).toBe(hostRenders);
    expect(renders.count).toBe(4);
  });

  it('ticks of the clock move the frame without re-rendering the host', () => {
    const pending: ((now: number) => void)[] = [];
    const clock = createFrameClock({
      request: (callback) => pending.push(callback),
      cancel: () => pending.splice(0),
    });
    const { driver } = mount({ frameCount: 4, fps: 10, clock });
    const hostRenders = renders.host;
    act(() => {
      for (let now = 0; now <= 250; now += 16) for (const tick of pending.splice(0)) tick(now);
    });
    expect(driver().frames.get()).toBe(2);
    expect(screen.getByRole('status')).toHaveTextContent('2');
    expect(renders.host).toBe(hostRenders);
  });

  it('controlled: the subscriber shows the parent frame, clamped, and steps ask the parent', () => {
    const asked: number[] = [];
    let current: PlaybackDriver | null = null;
    render(<Parent asked={asked} onDriver={(d) => (current = d)} />);
    expect(screen.getByRole('status')).toHaveTextContent('2');
    act(() => (current as unknown as PlaybackDriver).step(1));
    expect(asked).toEqual([3]);
    expect(screen.getByRole('status')).toHaveTextContent('3');
    act(() => screen.getByRole('button', { name: 'far' }).click());
    expect(screen.getByRole('status')).toHaveTextContent('8');
  });

  it('a frame count that shrinks clamps what the subscriber shows', () => {
    const { driver, rerender } = mount({ frameCount: 9, defaultFrame: 8, defaultPlaying: false });
    expect(screen.getByRole('status')).toHaveTextContent('8');
    rerender(
      <Host
        options={{ frameCount: 4, defaultFrame: 8, defaultPlaying: false }}
        onDriver={() => {}}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('3');
    expect(driver().frames.get()).toBe(3);
  });
});
