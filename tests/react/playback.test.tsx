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
  it('frame + onFrameChange: the parent owns the frame', () => {
    const onFrameChange = vi.fn();
    const { container, rerender } = render(
      <ConvAnimation input={5} kernel={3} frame={2} onFrameChange={onFrameChange} />,
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
