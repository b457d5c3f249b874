// useFrame: a component reads a FrameSource and re-renders when, and only when, its frame changes.
import { type FrameSource, useFrame } from '@conv-arithmetic/react';
import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';

/** A hand-made source, as a consumer might write one. */
function source(initial: number) {
  let frame = initial;
  const listeners = new Set<() => void>();
  const frames: FrameSource = {
    get: () => frame,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    frames,
    listeners,
    set(next: number) {
      frame = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** Calls `change` in a layout effect on mount. */
function Changer({ change }: { change: () => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useLayoutEffect(change, []);
  return null;
}

let renders = 0;
function Shown({ frames }: { frames: FrameSource }) {
  renders++;
  return <output>{useFrame(frames)}</output>;
}

describe('useFrame', () => {
  it('re-renders on a change, not on a notice that changes nothing, and unsubscribes', () => {
    const store = source(1);
    renders = 0;
    const { unmount } = render(<Shown frames={store.frames} />);
    expect(screen.getByRole('status')).toHaveTextContent('1');
    act(() => store.set(4));
    expect(screen.getByRole('status')).toHaveTextContent('4');
    expect(renders).toBe(2);
    act(() => store.set(4));
    expect(renders).toBe(2);
    unmount();
    expect(store.listeners.size).toBe(0);
  });

  it('catches a change made between its render and its subscription', () => {
    const store = source(0);
    // An earlier sibling's layout effect runs before ours subscribes.
    render(
      <>
        <Changer change={() => store.set(7)} />
        <Shown frames={store.frames} />
      </>,
    );
    expect(store.listeners.size).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('7');
  });

  it('follows a new source', () => {
    const [a, b] = [source(2), source(9)];
    const { rerender } = render(<Shown frames={a.frames} />);
    rerender(<Shown frames={b.frames} />);
    expect(screen.getByRole('status')).toHaveTextContent('9');
    expect(a.listeners.size).toBe(0);
    act(() => b.set(3));
    expect(screen.getByRole('status')).toHaveTextContent('3');
  });
});
